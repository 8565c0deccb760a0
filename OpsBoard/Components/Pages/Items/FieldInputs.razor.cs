using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using OpsBoard.Domain.Fields;
using OpsBoard.Files;

namespace OpsBoard.Components.Pages.Items;

/// <summary>
/// One input per field, of the kind its type needs (amounts beside their currency, dates with a picker, choices and
/// flags as pickers in the reader's words), bounded as the field's rules bound it. Every form that asks for
/// field values (a move, a new item) draws them here, so each type is asked for one way.
/// </summary>
public sealed partial class FieldInputs
{
    [Parameter]
    public IReadOnlyList<FieldDefinition> Fields { get; set; } = [];

    /// <summary>The fields the form cannot be sent without; they are marked, the others are optional.</summary>
    [Parameter]
    public IReadOnlyCollection<string> Required { get; set; } = [];

    /// <summary>What the rules said about each field on the last try.</summary>
    [Parameter]
    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    /// <summary>What was typed so far, by field name; the form that owns it reads it when sent.</summary>
    [Parameter, EditorRequired]
    public Dictionary<string, object?> Values { get; set; } = [];

    /// <summary>The currency money is in, shown beside money inputs.</summary>
    [Parameter]
    public string Currency { get; set; } = FieldFormat.HouseCurrency;

    /// <summary>The item's files, offered for a field that names one of them.</summary>
    [Parameter]
    public IReadOnlyList<ItemFileView> Files { get; set; } = [];

    [Inject]
    public required IStringLocalizer<ScreenText> L { get; init; }

    [Inject]
    public required IStringLocalizer<WorkflowText> Words { get; init; }

    /// <summary>The typed values as the field rules take them: blanks left out, a picked day as a date.</summary>
    public static Dictionary<string, object?> Given(IReadOnlyDictionary<string, object?> values) =>
        values.Where(v => FieldDefinition.IsPresent(v.Value))
            .ToDictionary(v => v.Key, v => v.Value is DateTime day ? DateOnly.FromDateTime(day) : v.Value);

    /// <summary>A value given by code (a preset) as the inputs hold it: a date as the picker's day, a whole number as a decimal.</summary>
    public static object? ForInput(object? value) => value switch
    {
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        int number => (decimal)number,
        long number => (decimal)number,
        _ => value,
    };

    private string FileName(string? sha) => Files.FirstOrDefault(f => f.Sha256 == sha)?.FileName ?? string.Empty;

    private static string FileLabel(ItemFileView file) =>
        $"{file.FileName} · {FileSizes.Format(file.Size)} · {file.UploadedBy}";

    private string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private T? Get<T>(string field) => Values.TryGetValue(field, out var value) && value is T typed ? typed : default;

    private void Set(string field, object? value) => Values[field] = value;
}
