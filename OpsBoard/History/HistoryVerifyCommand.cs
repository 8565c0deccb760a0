using Microsoft.EntityFrameworkCore;
using OpsBoard.Cli;
using OpsBoard.Data;

namespace OpsBoard.History;

/// <summary><c>history verify</c>: the same check as the API's, for a script or a cron job; exit code 1 when broken.</summary>
public sealed class HistoryVerifyCommand : ICliCommand
{
    public string Verb => "history verify";

    public string Arguments => string.Empty;

    public string Summary => "checks the item history's hash chain and prints the first broken row";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        var db = services.GetRequiredService<OpsBoardDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        var report = await HistoryVerifier.VerifyAsync(db.Database.GetDbConnection(), ct);
        await db.Database.CloseConnectionAsync();
        if (report.Ok)
        {
            await output.WriteLineAsync($"History chain holds: {report.CheckedRows} rows checked, last hash {report.LastHash}.");
            return 0;
        }
        await output.WriteLineAsync($"History chain broken at row {report.FirstBrokenRowId}: {report.Reason}");
        return 1;
    }
}
