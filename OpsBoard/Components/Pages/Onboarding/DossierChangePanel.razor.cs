using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Onboarding;

namespace OpsBoard.Components.Pages.Onboarding;

/// <summary>What a change request carries from the form: only the details the reader filled in.</summary>
public sealed record ChangeRequest(string? Summary, IReadOnlyDictionary<string, string> Details, bool StudyNeeded);

public sealed partial class DossierChangePanel
{
    private readonly Dictionary<string, string?> _details = OnboardingWorkflow.ServiceDetails.ToDictionary(d => d, _ => (string?)null);
    private string? _summary;
    private string? _reason;
    private bool _studyNeeded;

    [Parameter, EditorRequired]
    public required WorkItem Item { get; set; }

    [Parameter, EditorRequired]
    public required Actor Actor { get; set; }

    [Parameter]
    public EventCallback<ChangeRequest> OnRequest { get; set; }

    [Parameter]
    public EventCallback OnApprove { get; set; }

    [Parameter]
    public EventCallback<string?> OnReject { get; set; }

    [Parameter]
    public EventCallback<IBrowserFile> OnStudy { get; set; }

    [Inject]
    public required IStringLocalizer<OnboardingText> L { get; init; }

    private IReadOnlyDictionary<string, object?>? Pending => PendingChange.Parse(Item.Fields.GetValueOrDefault(PendingChange.Proposed));

    private bool StudyDone => OnboardingChecklist.IsDelivery(Item.Fields.GetValueOrDefault(PendingChange.Study));

    private bool IsIn(string role) => Actor.IsInRole(role);

    private string? Text(string name) => Item.Fields.GetValueOrDefault(name) switch
    {
        null => null,
        bool flag => L[flag ? "MailYes" : "MailNo"],
        var value => Convert.ToString(value, CultureInfo.CurrentCulture),
    };

    private string Shown(object? value) => value is bool flag ? L[flag ? "MailYes" : "MailNo"] : Convert.ToString(value, CultureInfo.CurrentCulture) ?? "—";

    private async Task RequestAsync()
    {
        var filled = _details.Where(d => !string.IsNullOrWhiteSpace(d.Value)).ToDictionary(d => d.Key, d => d.Value!.Trim());
        await OnRequest.InvokeAsync(new ChangeRequest(_summary, filled, _studyNeeded));
        (_summary, _studyNeeded) = (null, false);
        foreach (var key in _details.Keys.ToList())
        {
            _details[key] = null;
        }
    }
}
