using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsBoard.Components.Live;
using OpsBoard.Components.Pages.Items.NewItem;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Items.NewItem;

public sealed class NewItemDialogTests : MudComponentTest
{
    public NewItemDialogTests() => Services.AddSingleton<ScopedRunner>();

    [Fact]
    public void An_operations_required_fields_are_marked_and_its_describing_ones_are_offered_unmarked()
    {
        using var culture = new UiCulture("en");

        var dialog = Open("operation");

        foreach (var field in new[] { "title", "client", "amount" })
        {
            Assert.Equal("true", dialog.Find($"[data-field-input={field}]").GetAttribute("aria-required"));
        }
        Assert.Equal("false", dialog.Find("[data-field-input=currency]").GetAttribute("aria-required"));
        Assert.Empty(dialog.FindAll("[data-field-input=rate]"));
        Assert.Empty(dialog.FindAll("[data-field-input=type]"));
        Assert.Equal("Client", Control(dialog, "client").QuerySelector("label")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("en", "Client is required.", "A title of 1 to 300 characters is required.")]
    [InlineData("pt-BR", "Cliente é obrigatório.", "Informe um título de 1 a 300 caracteres.")]
    public void Creating_without_the_required_fields_shows_the_create_commands_own_messages_in_the_readers_language(
        string language, string clientMessage, string titleMessage)
    {
        using var culture = new UiCulture(language);
        var dialog = Open("claim");

        dialog.Find("[data-test=new-item-create]").Click();

        Assert.Contains(clientMessage, Control(dialog, "client").TextContent, StringComparison.Ordinal);
        Assert.Contains(titleMessage, Control(dialog, "title").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_beyond_its_fields_bound_is_refused_with_the_fields_rule()
    {
        using var culture = new UiCulture("en");
        var dialog = Open("collection", new Dictionary<string, object?> { ["daysOverdue"] = 40_000 });

        dialog.Find("[data-test=new-item-create]").Click();

        Assert.Contains("36", Control(dialog, "daysOverdue").TextContent, StringComparison.Ordinal);
        Assert.Contains("Days overdue", Control(dialog, "daysOverdue").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_preset_client_fills_its_input_and_a_preset_field_the_workflow_lacks_is_left_out()
    {
        using var culture = new UiCulture("en");

        var dialog = Open("story", new Dictionary<string, object?> { ["client"] = "Acme Ltda", ["amount"] = 5m });

        Assert.Equal("Acme Ltda", dialog.Find("[data-field-input=client]").GetAttribute("value"));
        Assert.Empty(dialog.FindAll("[data-field-input=amount]"));
    }

    [Fact]
    public void Without_a_fixed_workflow_the_reader_picks_one_starting_from_the_suggested_one()
    {
        using var culture = new UiCulture("en");
        var provider = Render<MudDialogProvider>();
        Render<NewItemDialog>(p => p.Add(d => d.Visible, true).Add(d => d.Suggested, "claim"));
        provider.WaitForElement("[data-test=new-item-create]");

        Assert.Single(provider.FindAll("[data-field-input=type]"));
        Assert.Single(provider.FindAll("[data-field-input=daysAllowed]"));
    }

    private IRenderedComponent<MudDialogProvider> Open(string type, IReadOnlyDictionary<string, object?>? preset = null)
    {
        var provider = Render<MudDialogProvider>();
        Render<NewItemDialog>(p => p
            .Add(d => d.Visible, true)
            .Add(d => d.Type, type)
            .Add(d => d.Preset, preset ?? new Dictionary<string, object?>()));
        provider.WaitForElement("[data-test=new-item-create]");
        return provider;
    }

    private static AngleSharp.Dom.IElement Control(IRenderedComponent<MudDialogProvider> dialog, string field) =>
        dialog.Find($"[data-field-input={field}]").Closest(".mud-input-control")!;
}
