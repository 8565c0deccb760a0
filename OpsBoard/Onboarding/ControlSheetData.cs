using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;

namespace OpsBoard.Onboarding;

/// <summary>One document of the checklist: delivered on paper, uploaded (with its hash), or still missing.</summary>
public sealed record ChecklistLine(string Document, string Delivery, string? Sha256);

/// <summary>One area's line of the control sheet; unsigned lines have no signer yet.</summary>
public sealed record ControlSheetLine(string Area, string Role, string? SignedBy, DateTimeOffset? SignedAt, string? Comment, string? ReportSha256);

/// <summary>
/// Everything the control sheet shows, ready for a page or a PDF: the client, the checklist,
/// who verified it and when, each area's line, and when the client became active or was archived.
/// </summary>
public sealed record ControlSheetData(long DossierId, string Client, string? ClientCode, string State,
    IReadOnlyDictionary<string, string?> ClientDetails, IReadOnlyList<ChecklistLine> Checklist,
    string? VerifiedBy, DateTimeOffset? VerifiedAt, IReadOnlyList<ControlSheetLine> Lines, DateTimeOffset? ActivatedAt, DateTimeOffset? ArchivedAt)
{
    public bool IsComplete => Lines.All(l => l.SignedBy is not null);

    public static ControlSheetData From(WorkItem dossier, IReadOnlyList<HistoryView> history)
    {
        var f = dossier.Fields;
        var details = OnboardingWorkflow.ServiceDetails.ToDictionary(d => d, d => f.Text(d));
        var checklist = OnboardingChecklist.Documents.Select(d => Line(d, f.Text(d))).ToList();
        var lines = ControlSheet.AreasFor(n => f.GetValueOrDefault(n)).Select(a => new ControlSheetLine(a, ControlSheet.RoleOf(a), f.Text(ControlSheet.SignedBy(a)),
            Instant(f.Text(ControlSheet.SignedAt(a))), f.Text(ControlSheet.Comment(a)),
            a == ControlSheet.Security ? Hash(f.Text(ControlSheet.SecurityReport)) : null)).ToList();
        DateTimeOffset? At(OnboardingTrigger t) => history.LastOrDefault(h => h.Trigger == t.ToString())?.At;
        return new(dossier.Id, f.Text("client") ?? dossier.Title, f.Text("clientCode"), dossier.State, details, checklist,
            f.Text("verifiedBy"), At(OnboardingTrigger.Verify), lines, At(OnboardingTrigger.Activate), At(OnboardingTrigger.Cancel));
    }

    private static ChecklistLine Line(string document, string? value) => value switch
    {
        OnboardingChecklist.Paper => new(document, "paper", null),
        { } v when OnboardingChecklist.IsDelivery(v) => new(document, "uploaded", Hash(v)),
        _ => new(document, "missing", null),
    };

    private static string? Hash(string? value) =>
        value is not null && value.StartsWith(OnboardingChecklist.HashPrefix, StringComparison.Ordinal) ? value[OnboardingChecklist.HashPrefix.Length..] : null;

    private static DateTimeOffset? Instant(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var at) ? at : null;

    /// <summary>The areas a user signs for, from their roles.</summary>
    public static IReadOnlyList<string> AreasOf(Domain.Engine.Actor actor) =>
        ControlSheet.Areas.Where(a => actor.IsInRole(ControlSheet.RoleOf(a))).ToList();
}
