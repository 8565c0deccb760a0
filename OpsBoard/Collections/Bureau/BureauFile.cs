using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Audit;
using OpsBoard.Clients;
using OpsBoard.Data;

namespace OpsBoard.Collections.Bureau;

/// <summary>
/// The credit bureau file: the payments applied to collection cases in a period, one line each, in a fixed layout the bureau
/// reads (never translated): <c>client_tax_id,client_name,case_id,amount,payment_date</c>, the amount with a point and two
/// decimals, the date as ISO 8601 in the business time zone. Each file handed out is a <c>file-download</c> audit row.
/// </summary>
public sealed class BureauFile(OpsBoardDbContext db, AppliedPayments payments, AuditLog audit, BusinessTime time)
{
    public const string Header = "client_tax_id,client_name,case_id,amount,payment_date";

    /// <summary>The file for the days <paramref name="from"/> to <paramref name="to"/>, both included, and the count of lines.</summary>
    public async Task<(string Csv, int Lines)> WriteAsync(string actor, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var zone = time.Zone;
        var applied = await payments.BetweenAsync(DeskMonth.StartOf(from, zone), DeskMonth.StartOf(to.AddDays(1), zone), ct);
        var clientIds = applied.Select(p => p.ClientId).OfType<long>().Distinct().ToList();
        var clients = await db.Clients().AsNoTracking().Where(c => clientIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.TaxId }).ToDictionaryAsync(c => c.Id, ct);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var p in applied)
        {
            var client = p.ClientId is { } id ? clients.GetValueOrDefault(id) : null;
            csv.Append(Cell(client?.TaxId)).Append(',').Append(Cell(client?.Name)).Append(',')
                .Append(p.ItemId.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(p.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                .Append(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(p.At, zone).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append("\r\n");
        }
        await audit.RecordAsync(AuditKind.FileDownload, $"credit-bureau:{from:yyyy-MM-dd}..{to:yyyy-MM-dd}", new { from, to, lines = applied.Count }, actor, ct);
        return (csv.ToString(), applied.Count);
    }

    // RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled; a leading formula sign is neutralised
    // so a spreadsheet opening the file never runs it.
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }
        var safe = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
