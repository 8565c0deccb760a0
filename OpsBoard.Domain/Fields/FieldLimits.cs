namespace OpsBoard.Domain.Fields;

/// <summary>
/// The bounds a field has when its workflow declares none tighter. They keep every stored figure and text
/// within what the database, the documents and a sum of a day's amounts can hold without overflowing.
/// </summary>
public static class FieldLimits
{
    /// <summary>No amount we handle comes near a trillion; far below decimal's limit, so sums stay exact.</summary>
    public const decimal MoneyMax = 1_000_000_000_000m;

    public const decimal NumberMax = 1_000_000_000_000m;

    /// <summary>A name, a reference or a title: one line.</summary>
    public const int ShortText = 200;

    /// <summary>A note, a reason or a description: a few paragraphs.</summary>
    public const int LongText = 4000;

    /// <summary>Entries a list field holds, each at most <see cref="ShortText"/> long.</summary>
    public const int ListEntries = 50;

    /// <summary>The smallest value a field takes: money is never negative.</summary>
    public static decimal MinOf(FieldDefinition field) => field.Min ?? (field.Type == FieldType.Money ? 0m : -NumberMax);

    public static decimal MaxOf(FieldDefinition field) => field.Max ?? (field.Type == FieldType.Money ? MoneyMax : NumberMax);

    /// <summary>The longest text a field takes, per entry for a list.</summary>
    public static int MaxLengthOf(FieldDefinition field) => field.MaxLength ?? (field.Type == FieldType.TextList ? ShortText : LongText);

    /// <summary>
    /// Adds amounts already stored, which may predate the bounds: past decimal's range the sum stays at its
    /// limit instead of throwing, so a report over old data still renders.
    /// </summary>
    public static decimal AddCapped(decimal sum, decimal amount)
    {
        try
        {
            return sum + amount;
        }
        catch (OverflowException)
        {
            return amount > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }
}
