using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace OpsBoard.Components.Kit;

/// <summary>One labelled number for a screen read from across the room: label, value, an optional labelled sub line and a level colour.</summary>
public sealed partial class KpiTile
{
    private static readonly string[] Levels = ["ok", "warn", "danger", "neutral"];

    /// <summary>What the number counts, already localized.</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <summary>The number (or short text); formatted with the current culture.</summary>
    [Parameter]
    public object? Value { get; set; }

    /// <summary>Optional format string for <see cref="Value"/>, e.g. "N0" or "P0".</summary>
    [Parameter]
    public string? Format { get; set; }

    /// <summary>ok, warn, danger or neutral (the default).</summary>
    [Parameter]
    public string Level { get; set; } = "neutral";

    /// <summary>Optional value of the line under the number, e.g. an amount.</summary>
    [Parameter]
    public string? Sub { get; set; }

    /// <summary>What <see cref="Sub"/> is, e.g. "promised": a number on a wallboard never stands without its label.</summary>
    [Parameter]
    public string? SubLabel { get; set; }

    /// <summary>Hooks such as data-test, put on the tile's outer element.</summary>
    [Parameter(CaptureUnmatchedValues = true)]
    public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    private string LevelKey =>
        Levels.FirstOrDefault(l => string.Equals(l, Level, StringComparison.OrdinalIgnoreCase)) ?? "neutral";

    private string FormattedValue => Value switch
    {
        null => "–",
        IFormattable f => f.ToString(Format, CultureInfo.CurrentCulture),
        _ => Value.ToString() ?? "",
    };

    // Short values stay large; a long amount shrinks until every digit fits the tile's width (the CSS divides 100cqi by this).
    private string ValueStyle => string.Create(CultureInfo.InvariantCulture, $"--kpi-chars: {Math.Max(FormattedValue.Length, 3)}");
}
