using System.Text.RegularExpressions;

namespace OpsBoard.Domain.Workflows.Onboarding;

/// <summary>
/// The nine documents a new client's file needs. Each is a field holding how it was delivered:
/// "paper", or "sha256:" and the hex digest of the uploaded file, so the history keeps the proof.
/// </summary>
public static partial class OnboardingChecklist
{
    public const string Paper = "paper";
    public const string HashPrefix = "sha256:";

    public static IReadOnlyList<string> Documents { get; } =
    [
        "workOrder", "legalRepresentativeId", "operationsNotice", "publicRegistry", "sanctionsListCheck",
        "knowYourCustomerForm", "shareholdersForm", "shareholdersIds", "securityInspection",
    ];

    public static bool IsDocument(string? name) => name is not null && Documents.Contains(name);

    public static bool IsDelivery(object? value) =>
        value is string s && (s == Paper || Sha256Value().IsMatch(s));

    public static string Uploaded(string sha256Hex) => HashPrefix + sha256Hex.ToLowerInvariant();

    public static bool IsComplete(Func<string, object?> field) => Documents.All(d => IsDelivery(field(d)));

    public static IReadOnlyList<string> Missing(Func<string, object?> field) => Documents.Where(d => !IsDelivery(field(d))).ToList();

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex Sha256Value();
}
