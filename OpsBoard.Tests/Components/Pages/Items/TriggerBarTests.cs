using Bunit;
using Microsoft.AspNetCore.Components.Web;
using OpsBoard.Components.Pages.Items;
using OpsBoard.Domain.Workflows;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Pages.Items;

public sealed class TriggerBarTests : MudComponentTest
{
    [Fact]
    public void A_closed_trigger_writes_its_reason_under_the_button_and_describes_the_button_with_it()
    {
        using var culture = new UiCulture("en");
        TriggerButton[] buttons = [new("Settle", false, "The contract is not signed yet."), new("BrokerReturn", true, null)];

        var bar = Render<TriggerBar>(p => p.Add(b => b.Buttons, buttons));

        var settle = bar.Find("[data-trigger=Settle]");
        Assert.True(settle.HasAttribute("disabled"));
        var reason = bar.Find("[data-why=Settle]");
        Assert.Equal("The contract is not signed yet.", reason.TextContent.Trim());
        Assert.Equal(reason.Id, settle.GetAttribute("aria-describedby"));
        Assert.Empty(bar.FindAll("[data-why=BrokerReturn]"));
    }

    [Fact]
    public void A_destructive_trigger_is_drawn_as_an_error_button()
    {
        using var culture = new UiCulture("en");
        var operation = WorkflowCatalog.Default.Get("operation");
        var buttons = operation.Triggers.Where(t => t.Name is "Identify" or "Cancel")
            .Select(t => new TriggerButton(t.Name, true, null, TriggerButton.IsDestructive(operation, t))).ToList();

        var bar = Render<TriggerBar>(p => p.Add(b => b.Buttons, buttons));

        Assert.Contains("mud-button-filled-error", bar.Find("[data-trigger=Cancel]").ClassName, StringComparison.Ordinal);
        Assert.Contains("mud-button-filled-primary", bar.Find("[data-trigger=Identify]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void While_a_move_is_on_its_way_no_trigger_can_be_pressed()
    {
        using var culture = new UiCulture("en");
        TriggerButton[] buttons = [new("StartInvestigation", true, null)];

        var bar = Render<TriggerBar>(p => p.Add(b => b.Buttons, buttons).Add(b => b.Busy, true));

        Assert.True(bar.Find("[data-trigger=StartInvestigation]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_second_click_of_a_double_click_fires_nothing_and_a_single_click_fires_its_trigger()
    {
        TriggerButton[] buttons = [new("StartInvestigation", true, null)];
        var fired = new List<string>();

        var bar = Render<TriggerBar>(p => p.Add(b => b.Buttons, buttons).Add(b => b.OnFire, t => fired.Add(t)));
        bar.Find("[data-trigger=StartInvestigation]").Click(new MouseEventArgs { Detail = 1 });
        bar.Find("[data-trigger=StartInvestigation]").Click(new MouseEventArgs { Detail = 2 });

        Assert.Equal(["StartInvestigation"], fired);
    }
}
