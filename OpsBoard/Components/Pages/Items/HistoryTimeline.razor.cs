using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using OpsBoard.Components.Kit;
using OpsBoard.Domain.Workflows;
using OpsBoard.Items;

namespace OpsBoard.Components.Pages.Items;

/// <summary>An item's moves, newest first: when, who, which move between which states, its note and the fields it set.</summary>
public sealed partial class HistoryTimeline
{
    private readonly MarkupKeeper<long> _drawn = new();

    [Parameter]
    public IReadOnlyList<HistoryView> Entries { get; set; } = [];

    /// <summary>The item's workflow, which says what type each changed field is.</summary>
    [Parameter]
    public IWorkflow? Workflow { get; set; }

    /// <summary>The item's currency now; a move that set the currency names its own.</summary>
    [Parameter]
    public string? Currency { get; set; }

    private string Entry(HistoryView entry)
    {
        var states = entry.FromState.Length > 0 ? $"{Words.State(entry.FromState)} → {Words.State(entry.ToState)}" : $"→ {Words.State(entry.ToState)}";
        var html = new StringBuilder("<li class=\"history-entry\"").Attr("data-history", entry.Trigger)
            .Append("><span class=\"mud-typography mud-typography-caption history-meta\"><span data-test=\"history-at\">").Text(Time.Format(entry.At))
            .Append("</span> · ").Text(entry.Actor).Append(" · v").Append(entry.Version.ToString(CultureInfo.InvariantCulture))
            .Append("</span><p class=\"mud-typography mud-typography-body2\"><strong class=\"mr-2\">").Text(Words.Trigger(entry.Trigger))
            .Append("</strong><span>").Text(states).Append("</span></p>");
        if (entry.Note is { } note)
        {
            html.Append("<p class=\"mud-typography mud-typography-body2 history-note\">").Text($"“{note}”").Append("</p>");
        }
        if (entry.Changes.Count > 0)
        {
            var format = FormatFor(entry);
            html.Append("<span class=\"mud-typography mud-typography-caption history-changes\" data-test=\"history-changes\">")
                .Text(string.Join(" · ", entry.Changes.Select(c => $"{Words.Field(c.Key)}: {format.Format(c.Key, c.Value)}"))).Append("</span>");
        }
        return _drawn.Keep(entry.Id, html.Append("</li>").ToString());
    }

    private FieldFormat FormatFor(HistoryView entry) =>
        new(Workflow, entry.Changes.ContainsKey("currency") ? FieldFormat.CurrencyOf(entry.Changes) : Currency, L);

    protected override void OnAfterRender(bool firstRender) => _drawn.Drawn();
}
