using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Components.Kit;

/// <summary>
/// The state chip and the SLA badge as markup rather than components, for grids: a component per cell costs every
/// open page two render trees and its state on the server, and a grid of fifty rows has a hundred such cells.
/// The <see cref="StateChip"/> and <see cref="SlaBadge"/> components draw the same markup where one stands alone.
/// </summary>
public sealed class Badges(IStringLocalizer<ScreenText> text, IStringLocalizer<WorkflowText> words, BusinessTime businessTime,
    TimeProvider time, WorkflowCatalog workflows)
{
    private static readonly string[] Categories = ["new", "active", "waiting", "done", "cancelled"];

    /// <summary>A workflow state, coloured by its category (given, or the workflow's when only the type is).</summary>
    public RenderFragment State(string state, string? type = null, string? category = null) => builder =>
    {
        var key = Categories.FirstOrDefault(c => string.Equals(c, category ?? CategoryOf(type, state), StringComparison.OrdinalIgnoreCase)) ?? "neutral";
        var colour = key switch
        {
            "new" => Color.Info,
            "active" => Color.Primary,
            "waiting" => Color.Warning,
            "done" => Color.Success,
            _ => Color.Default,
        };
        // Tinted rather than solid: a state is information, and solid colour is kept for SLA trouble.
        var variant = key is "neutral" or "cancelled" ? Variant.Outlined : Variant.Text;
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-chip-container");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", ChipLook.Classes(colour, variant, $"state-chip state-chip-{key}"));
        builder.AddAttribute(4, "style", key == "cancelled" ? "text-decoration: line-through" : null);
        builder.AddAttribute(5, "data-state", state);
        builder.OpenElement(6, "span");
        builder.AddAttribute(7, "class", "mud-chip-content");
        builder.AddContent(8, words.State(state));
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    /// <summary>Time left until the deadline, coloured by the SLA status; nothing without a deadline.</summary>
    public RenderFragment Sla(DateTimeOffset? dueAt, string? status) => builder =>
    {
        if (dueAt is not { } due)
        {
            return;
        }
        var now = time.GetUtcNow();
        var look = SlaLook.Of(status, due, now);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-chip-container");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", ChipLook.Classes(look.Colour, look.Variant, $"sla-badge sla-{look.Status}"));
        builder.AddAttribute(4, "data-sla", look.Status);
        builder.AddAttribute(5, "title", text["DueAt", businessTime.Format(due)].Value);
        builder.AddContent(6, Glyph.Of(look.Icon, "mud-icon-size-small mud-chip-icon"));
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-chip-content");
        builder.OpenElement(9, "span");
        builder.AddAttribute(10, "class", "sla-countdown");
        builder.AddContent(11, SlaLook.FormatRemaining(due - now));
        builder.CloseElement();
        builder.AddContent(12, " ");
        builder.OpenElement(13, "span");
        builder.AddAttribute(14, "class", "sla-status sr-only");
        builder.AddContent(15, StatusText(look.Status));
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };

    private string StatusText(string status) => status switch
    {
        "breached" => text["Breached"],
        "nearBreach" => text["NearBreach"],
        "ok" => text["OnTime"],
        _ => text["NoSla"],
    };

    private string? CategoryOf(string? type, string state) => type is null ? null : Items.StateCategories.Of(workflows, type, state);
}
