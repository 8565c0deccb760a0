namespace OpsBoard.Domain.Workflows.Onboarding;

/// <summary>
/// The control sheet: one line per area, signed by a member of that area who did not verify the
/// documents. A line's signature lives in the dossier's fields "{area}SignedBy", "{area}SignedAt",
/// "{area}Comment" (and "securityReport"), written by the SignOff move itself.
/// </summary>
public static class ControlSheet
{
    public const string CustomerService = "customerService";
    public const string Operations = "operations";
    public const string Security = "security";
    public const string ProcessingRoom = "processingRoom";

    public static IReadOnlyList<string> Areas { get; } = [CustomerService, Operations, Security, ProcessingRoom];

    public static string RoleOf(string area) => area switch
    {
        CustomerService => Roles.CustomerService,
        Operations => Roles.Operations,
        Security => Roles.Security,
        ProcessingRoom => Roles.ProcessingRoom,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "Not an onboarding area."),
    };

    public static string SignedBy(string area) => area + "SignedBy";

    public static string SignedAt(string area) => area + "SignedAt";

    public static string Comment(string area) => area + "Comment";

    public const string SecurityReport = "securityReport";

    public static bool IsSigned(string area, Func<string, object?> field) => field(SignedBy(area)) is string { Length: > 0 };

    public static bool AllSigned(Func<string, object?> field) => AreasFor(field).All(a => IsSigned(a, field));

    /// <summary>The areas this client's sheet has: the Processing Room only when the client needs money processing.</summary>
    public static IReadOnlyList<string> AreasFor(Func<string, object?> field) =>
        field("moneyProcessing") is true ? Areas : [.. Areas.Where(a => a != ProcessingRoom)];

    /// <summary>Why this actor may not sign this area's line now, as a message key; null when they may.</summary>
    public static string? Refusal(Engine.Actor actor, string? area, Func<string, object?> field, object? inspectionReport)
    {
        if (area is null || !Areas.Contains(area))
        {
            return "SignOffUnknownArea";
        }
        if (!AreasFor(field).Contains(area))
        {
            return "SignOffAreaNotNeeded";
        }
        if (!actor.IsInRole(RoleOf(area)))
        {
            return "SignOffWrongArea";
        }
        if (field("verifiedBy") is string verifier && string.Equals(verifier, actor.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return "SignOffByVerifier";
        }
        if (IsSigned(area, field))
        {
            return "SignOffAlreadySigned";
        }
        return area == Security && !OnboardingChecklist.IsDelivery(inspectionReport) ? "InspectionReportRequired" : null;
    }
}
