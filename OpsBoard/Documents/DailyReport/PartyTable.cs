using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Documents.Layout;
using OpsBoard.Turns;

namespace OpsBoard.Documents.DailyReport;

/// <summary>A report's table of business time by party per workflow; the weekly report can draw the same.</summary>
public static class PartyTable
{
    public static void Draw(PdfFlow flow, IReadOnlyList<WorkflowParties> rows, IStringLocalizer<DocumentText> t)
    {
        TextBlock.Heading(flow, t["ByParty"]);
        new PdfTable([new(t["Workflow"], 2.2), new(t["PartyDesk"], 1, true), new(t["PartyClient"], 1, true), new(t["PartyBroker"], 1, true),
            new(t["BrokerLate"], 1.3, true)])
            .Draw(flow, rows.Select(r => (IReadOnlyList<string>)[t[$"Type_{r.Type}"], Hours(r.Times.Desk), Hours(r.Times.Client),
                Hours(r.Times.Broker), r.BrokerLate.ToString("N0", CultureInfo.CurrentCulture)]));
    }

    /// <summary>Business time as hours and minutes: a day with the client is the working day's hours, not 24.</summary>
    public static string Hours(TimeSpan span) => $"{(long)span.TotalHours}:{span.Minutes.ToString("00", CultureInfo.InvariantCulture)}";
}
