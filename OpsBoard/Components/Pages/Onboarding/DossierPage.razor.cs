using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using OpsBoard.Auth;
using OpsBoard.Components.Live;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;
using OpsBoard.Live;
using OpsBoard.Onboarding;

namespace OpsBoard.Components.Pages.Onboarding;

/// <summary>A dossier: its checklist with upload and paper buttons, and the control sheet with a sign button on the reader's lines.</summary>
public sealed partial class DossierPage
{
    /// <summary>The comment box takes what the workflow's field takes.</summary>
    private static readonly Domain.Fields.FieldDefinition SignComment = OnboardingWorkflow.Fields.Single(f => f.Name == "signComment");

    private readonly Dictionary<string, string?> _comments = ControlSheet.Areas.ToDictionary(a => a, _ => (string?)null);
    private WorkItem? _item;
    private ControlSheetData? _sheet;
    private Actor _actor = Actor.Of("anonymous");
    private IBrowserFile? _report;
    private bool _loaded;

    [Parameter]
    public long Id { get; set; }

    [Inject]
    public required BusinessTime Time { get; init; }

    [Inject]
    public required ScopedRunner Runner { get; init; }

    [Inject]
    public required MudBlazor.ISnackbar Snackbar { get; init; }

    [Inject]
    public required OpsBoard.Files.FileStore Files { get; init; }

    [Inject]
    public required IStringLocalizer<OnboardingText> L { get; init; }

    [Inject]
    public required IStringLocalizer<ScreenText> S { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; init; }

    private bool CanRecord => _sheet?.State is "SaleClosed" or "DocumentsReview";

    protected override async Task OnParametersSetAsync()
    {
        _actor = (await AuthenticationState).User.ToActor();
        await RefreshAsync();
    }

    protected override bool Concerns(ItemChanged change) => change.ItemId == Id;

    protected override async Task RefreshAsync()
    {
        _item = await Runner.RunAsync<ItemQueries, WorkItem?>(q => q.FindAsync(Id, _actor));
        _sheet = await Runner.RunAsync<OnboardingService, ControlSheetData?>(s => s.ControlSheetAsync(Id, _actor));
        _loaded = true;
    }

    private bool CanSign(string area) => _sheet!.State == nameof(OnboardingState.AreasNotified) && _actor.IsInRole(ControlSheet.RoleOf(area));

    private Task PaperAsync(string document) =>
        RunAsync(s => s.RecordDocumentAsync(_actor, Id, document, _item!.Version, null));

    private async Task UploadAsync(string document, IBrowserFile? file)
    {
        if (file is null || TooLarge(file))
        {
            return;
        }
        await using var stream = file.OpenReadStream(Files.MaxFileBytes);
        await RunAsync(s => s.RecordDocumentAsync(_actor, Id, document, _item!.Version, new Upload(file.Name, stream)));
    }

    private async Task SubmitAsync()
    {
        var command = new FireCommand(Id, nameof(OnboardingTrigger.SubmitDocuments), _item!.Version, null, FireCommand.NoFields);
        await Show(await Runner.RunAsync<FireHandler, CommandResult>(c => c.HandleAsync(_actor, command)));
    }

    private Task VerifyAsync() => RunAsync(s => s.VerifyAsync(_actor, Id, _item!.Version, null));

    private async Task SignAsync(string area)
    {
        var report = area == ControlSheet.Security ? _report : null;
        if (report is not null && TooLarge(report))
        {
            return;
        }
        await using var stream = report?.OpenReadStream(Files.MaxFileBytes);
        var upload = report is null ? null : new Upload(report.Name, stream!);
        await RunAsync(s => s.SignAsync(_actor, Id, _item!.Version, area, _comments[area], upload));
    }

    private async Task CancelAsync(IBrowserFile form)
    {
        if (TooLarge(form))
        {
            return;
        }
        await using var stream = form.OpenReadStream(Files.MaxFileBytes);
        await RunAsync(s => s.CancelAsync(_actor, Id, _item!.Version, false, new Upload(form.Name, stream), null));
    }

    private async Task RequestChangeAsync(ChangeRequest change)
    {
        var details = change.Details.ToDictionary(d => d.Key, d => System.Text.Json.JsonSerializer.SerializeToElement(d.Value));
        await Show(await Runner.RunAsync<DossierChanges, CommandResult>(c =>
            c.RequestAsync(_actor, Id, _item!.Version, change.Summary, details, change.StudyNeeded)));
    }

    private async Task ApproveChangeAsync() =>
        await Show(await Runner.RunAsync<DossierChanges, CommandResult>(c => c.ApproveAsync(_actor, Id, _item!.Version)));

    private async Task RejectChangeAsync(string? reason) =>
        await Show(await Runner.RunAsync<DossierChanges, CommandResult>(c => c.RejectAsync(_actor, Id, _item!.Version, reason)));

    private async Task AddStudyAsync(IBrowserFile study)
    {
        if (TooLarge(study))
        {
            return;
        }
        await using var stream = study.OpenReadStream(Files.MaxFileBytes);
        await Show(await Runner.RunAsync<DossierChanges, CommandResult>(c => c.AddStudyAsync(_actor, Id, _item!.Version, new Upload(study.Name, stream), null)));
    }

    private bool TooLarge(IBrowserFile file)
    {
        if (file.Size <= Files.MaxFileBytes)
        {
            return false;
        }
        Snackbar.Add($"{file.Name}: {file.Size.ToString("N0", CultureInfo.CurrentCulture)} > {Files.MaxFileBytes.ToString("N0", CultureInfo.CurrentCulture)} bytes",
            MudBlazor.Severity.Error);
        return true;
    }

    private async Task RunAsync(Func<OnboardingService, Task<CommandResult>> action) =>
        await Show(await Runner.RunAsync(action));

    private async Task Show(CommandResult result)
    {
        if (!result.Succeeded)
        {
            var errors = result.Errors is null ? string.Empty : " " + string.Join(" ", result.Errors.SelectMany(e => e.Value));
            Snackbar.Add((result.Detail ?? result.Status.ToString()) + errors, MudBlazor.Severity.Error);
        }
        await RefreshAsync();
    }

    private string DeliveryText(ChecklistLine line) => line.Delivery switch
    {
        "paper" => L["OnPaper"],
        "uploaded" => $"{L["Uploaded"]} · {line.Sha256![..12]}…",
        _ => L["Missing"],
    };

    private string When(DateTimeOffset? at) => Time.Format(at);
}
