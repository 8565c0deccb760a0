using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpsBoard.Data;

/// <summary>
/// Databases made before the migrations were generated list four hand-written migrations instead of the generated
/// baseline, yet already have the baseline's schema (the release-upgrade tests hold the two equal). Recording the
/// baseline as applied lets <c>Migrate()</c> go on from there instead of creating tables that exist. The old rows
/// stay, so the release before can still open the file if a deploy is rolled back.
/// </summary>
internal static class ReleaseUpgrade
{
    internal const string LastHandWritten = "20261122000004_Onboarding";

    private static readonly string[] HandWritten =
        ["20261122000001_Initial", "20261122000002_Protocols", "20261122000003_Collections", LastHandWritten];

    internal static string BaselineId { get; } = typeof(Migrations.Baseline).GetCustomAttribute<MigrationAttribute>()!.Id;

    public static void RecordBaseline(DbContext db)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!history.Exists())
        {
            return;
        }
        var applied = history.GetAppliedMigrations().Select(m => m.MigrationId).ToHashSet(StringComparer.Ordinal);
        if (applied.Contains(BaselineId) || !applied.Overlaps(HandWritten))
        {
            return;
        }
        if (!applied.Contains(LastHandWritten))
        {
            // Its schema is older than the baseline's; creating the baseline's tables over it would fail half way.
            throw new InvalidOperationException(
                $"The database was made by a build from before migration {LastHandWritten}; open it once with the release that has it, then with this one.");
        }
        db.Database.ExecuteSqlRaw(history.GetInsertScript(new HistoryRow(BaselineId, ProductInfo.GetVersion())));
    }
}
