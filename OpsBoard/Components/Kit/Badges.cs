using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
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

    // Keyed by language, state and colour group: a handful of strings for the whole server.
    private static readonly ConcurrentDictionary<(string Culture, string State, string Key), string> StateChips = new();

    /// <summary>A workflow state, coloured by its category (given, or the workflow's when only the type is).</summary>
    public RenderFragment State(string state, string? type = null, string? category = null) =>
        builder => builder.AddMarkupContent(0, StateMarkup(state, type, category));

    /// <summary>Time left until the deadline, coloured by the SLA status; nothing without a deadline.</summary>
    public RenderFragment Sla(DateTimeOffset? dueAt, string? status) => builder => builder.AddMarkupContent(0, SlaMarkup(dueAt, status));

    /// <summary>The state chip as markup; one string per state and language, shared by every open page.</summary>
    public string StateMarkup(string state, string? type = null, string? category = null)
    {
        var key = Categories.FirstOrDefault(c => string.Equals(c, category ?? CategoryOf(type, state), StringComparison.OrdinalIgnoreCase)) ?? "neutral";
        return StateChips.GetOrAdd((CultureInfo.CurrentUICulture.Name, state, key), k =>
        {
            var colour = k.Key switch
            {
                "new" => Color.Info,
                "active" => Color.Primary,
                "waiting" => Color.Warning,
                "done" => Color.Success,
                _ => Color.Default,
            };
            // Tinted rather than solid: a state is information, and solid colour is kept for SLA trouble.
            var variant = k.Key is "neutral" or "cancelled" ? Variant.Outlined : Variant.Text;
            return new StringBuilder("<div class=\"mud-chip-container\"><div")
                .Attr("class", ChipLook.Classes(colour, variant, $"state-chip state-chip-{k.Key}"))
                .Attr("style", k.Key == "cancelled" ? "text-decoration: line-through" : null)
                .Attr("data-state", k.State)
                .Append("><span class=\"mud-chip-content\">").Text(words.State(k.State)).Append("</span></div></div>")
                .ToString();
        });
    }

    /// <summary>The SLA badge as markup, as it reads at this moment; empty without a deadline.</summary>
    public string SlaMarkup(DateTimeOffset? dueAt, string? status)
    {
        if (dueAt is not { } due)
        {
            return "";
        }
        var now = time.GetUtcNow();
        var look = SlaLook.Of(status, due, now);
        return new StringBuilder("<div class=\"mud-chip-container\"><div")
            .Attr("class", ChipLook.Classes(look.Colour, look.Variant, $"sla-badge sla-{look.Status}"))
            .Attr("data-sla", look.Status)
            .Attr("title", text["DueAt", businessTime.Format(due)].Value)
            .Append('>').Append(Glyph.Markup(look.Icon, "mud-icon-size-small mud-chip-icon"))
            .Append("<span class=\"mud-chip-content\"><span class=\"sla-countdown\">").Text(SlaLook.FormatRemaining(due - now))
            .Append("</span> <span class=\"sla-status sr-only\">").Text(StatusText(look.Status)).Append("</span></span></div></div>")
            .ToString();
    }

    private string StatusText(string status) => status switch
    {
        "breached" => text["Breached"],
        "nearBreach" => text["NearBreach"],
        "ok" => text["OnTime"],
        _ => text["NoSla"],
    };

    private string? CategoryOf(string? type, string state) => type is null ? null : Items.StateCategories.Of(workflows, type, state);
}
