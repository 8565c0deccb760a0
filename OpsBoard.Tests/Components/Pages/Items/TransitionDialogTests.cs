using Bunit;
using MudBlazor;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Items;

public sealed class TransitionDialogTests : MudComponentTest
{
    private static readonly IReadOnlyList<FieldDefinition> ResolveFields =
        ClaimWorkflow.Fields.Where(f => f.Name is "verdict" or "rootCause" or "responsibleParty" or "amountClaimed").ToList();

    [Fact]
    public void The_submit_button_reads_the_trigger_in_the_readers_language_in_Portuguese()
    {
        using var culture = new UiCulture("pt-BR");

        var dialog = Open("Resolve", ResolveFields);

        Assert.Equal("Resolver", dialog.Find("[data-test=dialog-submit]").TextContent.Trim());
    }

    [Fact]
    public void Required_fields_are_marked_and_an_optional_one_is_not()
    {
        using var culture = new UiCulture("en");

        var dialog = Open("Resolve", ResolveFields, required: ["verdict", "rootCause", "responsibleParty"]);

        // MudBlazor draws the asterisk after the label of a required control and tells screen readers through aria-required.
        foreach (var field in new[] { "verdict", "rootCause", "responsibleParty" })
        {
            Assert.Equal("true", dialog.Find($"[data-field-input={field}]").GetAttribute("aria-required"));
            Assert.Contains("mud-input-required", Control(dialog, field).ClassName, StringComparison.Ordinal);
        }
        Assert.Equal("false", dialog.Find("[data-field-input=amountClaimed]").GetAttribute("aria-required"));
        Assert.DoesNotContain("mud-input-required", Control(dialog, "amountClaimed").ClassName, StringComparison.Ordinal);
        Assert.Equal("Root cause", Control(dialog, "rootCause").QuerySelector("label")!.TextContent.Trim());
    }

    [Fact]
    public void A_money_field_is_a_numeric_input_beside_the_items_currency()
    {
        using var culture = new UiCulture("en");

        var dialog = Open("Resolve", ResolveFields, currency: "EUR");

        Assert.Equal("decimal", dialog.Find("[data-field-input=amountClaimed]").GetAttribute("inputmode"));
        Assert.Equal("EUR", Control(dialog, "amountClaimed").QuerySelector(".mud-input-adornment")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("pt-BR")]
    [InlineData("es")]
    [InlineData("ru")]
    public void The_way_back_out_of_the_dialog_is_not_called_cancel_beside_a_trigger_called_cancel(string language)
    {
        using var culture = new UiCulture(language);

        var dialog = Open("Cancel", OperationWorkflow.Fields.Where(f => f.Name == "reason").ToList());

        var back = dialog.Find("[data-test=dialog-back]").TextContent.Trim();
        var trigger = dialog.Find("[data-test=dialog-submit]").TextContent.Trim();
        Assert.NotEqual(trigger, back, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(trigger, back, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Cancel", true, "mud-button-filled-error")]
    [InlineData("Resolve", false, "mud-button-filled-primary")]
    public void A_destructive_trigger_is_submitted_with_an_error_button_and_an_ordinary_one_with_the_primary_colour(string trigger, bool destructive, string colour)
    {
        using var culture = new UiCulture("en");

        var dialog = Open(trigger, ResolveFields, destructive: destructive);

        Assert.Contains(colour, dialog.Find("[data-test=dialog-submit]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_server_said_about_a_field_shows_under_that_field()
    {
        using var culture = new UiCulture("en");
        var errors = new Dictionary<string, string[]> { ["rootCause"] = ["Root cause is required."] };

        var dialog = Open("Resolve", ResolveFields, errors: errors);

        Assert.Contains("Root cause is required.", Control(dialog, "rootCause").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("required", Control(dialog, "responsibleParty").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_naming_a_file_is_a_pick_among_the_items_files_and_not_a_text_box()
    {
        using var culture = new UiCulture("en");
        OpsBoard.Files.ItemFileView[] files =
        [
            new(1, 7, "contract-signed.pdf", "application/pdf", 2048, new string('a', 64), "ana", DateTimeOffset.UnixEpoch, "/x/1"),
            new(2, 7, "draft.pdf", "application/pdf", 100, new string('b', 64), "bruno", DateTimeOffset.UnixEpoch, "/x/2"),
        ];

        var dialog = Open("SignContract", OperationWorkflow.Fields.Where(f => f.Name == "signedCopy").ToList(), required: ["signedCopy"], files: files);

        var input = Assert.Single(dialog.FindAll("[data-field-input=signedCopy]"));
        Assert.NotNull(input.Closest(".mud-select"));
    }

    [Fact]
    public void A_raw_json_field_is_never_drawn_and_the_only_trigger_that_takes_one_is_made_on_its_own_screen()
    {
        using var culture = new UiCulture("en");

        var dialog = Open("Update", OnboardingWorkflow.Fields.Where(f => f.Name is "changeSummary" or PendingChange.Proposed).ToList());

        Assert.Empty(dialog.FindAll($"[data-field-input={PendingChange.Proposed}]"));
        Assert.Single(dialog.FindAll("[data-field-input=changeSummary]"));
        var ownScreen = WorkflowCatalog.Default.All.SelectMany(w => w.Triggers.Where(t => TriggerButton.OwnScreen(w, t)).Select(t => $"{w.Type}.{t.Name}"));
        Assert.Equal(["onboarding.Update"], ownScreen);
    }

    // An inline MudDialog draws itself through the layout's dialog provider, so the provider is what shows it.
    private IRenderedComponent<MudDialogProvider> Open(string trigger, IReadOnlyList<FieldDefinition> fields, string[]? required = null,
        string currency = "BRL", bool destructive = false, Dictionary<string, string[]>? errors = null, OpsBoard.Files.ItemFileView[]? files = null)
    {
        var provider = Render<MudDialogProvider>();
        Render<TransitionDialog>(p => p
            .Add(d => d.Visible, true)
            .Add(d => d.Trigger, trigger)
            .Add(d => d.Fields, fields)
            .Add(d => d.Required, required ?? [])
            .Add(d => d.Currency, currency)
            .Add(d => d.Destructive, destructive)
            .Add(d => d.Errors, errors ?? [])
            .Add(d => d.Files, files ?? []));
        provider.WaitForElement("[data-test=dialog-submit]");
        return provider;
    }

    // The hook sits on the input itself; its label, adornment and messages are in the control around it.
    private static AngleSharp.Dom.IElement Control(IRenderedComponent<MudDialogProvider> dialog, string field) =>
        dialog.Find($"[data-field-input={field}]").Closest(".mud-input-control")!;
}
