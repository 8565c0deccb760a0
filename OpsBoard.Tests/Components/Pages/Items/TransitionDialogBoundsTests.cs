using Bunit;
using MudBlazor;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Items;

/// <summary>The dialog's inputs take the bounds the field definitions declare, the same the API holds values to.</summary>
public sealed class TransitionDialogBoundsTests : MudComponentTest
{
    [Fact]
    public void Number_inputs_carry_their_fields_range_and_text_inputs_their_length()
    {
        using var culture = new UiCulture("en");
        var fields = OperationWorkflow.Fields.Where(f => f.Name is "amount" or "rate" or "operator" or "reason").ToList();

        var dialog = Open(fields);

        var numbers = dialog.FindComponents<MudNumericField<decimal?>>().Select(c => c.Instance).ToList();
        Assert.Equal([(0.01m, FieldLimits.MoneyMax), (0m, 1_000_000m)], numbers.Select(n => (n.Min, n.Max)).ToList());
        Assert.Equal("200", dialog.Find("[data-field-input=operator]").GetAttribute("maxlength"));
        Assert.Equal("4000", dialog.Find("[data-field-input=reason]").GetAttribute("maxlength"));
        Assert.Equal("4000", dialog.Find("[data-field-input=note]").GetAttribute("maxlength"));
    }

    [Fact]
    public void A_value_beyond_the_bound_typed_into_the_dialog_is_refused_by_the_same_rules_as_the_api()
    {
        using var culture = new UiCulture("en");
        TransitionInput? submitted = null;
        var provider = Render<MudDialogProvider>();
        Render<TransitionDialog>(p => p
            .Add(d => d.Visible, true)
            .Add(d => d.Trigger, "Close")
            .Add(d => d.Fields, OperationWorkflow.Fields.Where(f => f.Name == "operator").ToList())
            .Add(d => d.OnSubmit, input => submitted = input));
        provider.WaitForElement("[data-test=dialog-submit]");

        provider.Find("[data-field-input=operator]").Change(new string('o', 201));
        provider.Find("[data-test=dialog-submit]").Click();

        Assert.NotNull(submitted);
        Assert.Equal(["Operator holds at most 200 characters."], submitted.Errors["operator"]);
    }

    private IRenderedComponent<MudDialogProvider> Open(IReadOnlyList<FieldDefinition> fields)
    {
        var provider = Render<MudDialogProvider>();
        Render<TransitionDialog>(p => p
            .Add(d => d.Visible, true)
            .Add(d => d.Trigger, "Close")
            .Add(d => d.Fields, fields));
        provider.WaitForElement("[data-test=dialog-submit]");
        return provider;
    }
}
