namespace OpsBoard.Exports;

/// <summary>How a cell is written: XLSX keeps numbers and instants as typed cells, CSV as plain invariant text.</summary>
public enum CellKind
{
    Text,
    Number,

    /// <summary>An instant, written in the business time zone.</summary>
    DateTime,
}

/// <summary>One column of an export: its header in the reader's language and how a row gives its cell.</summary>
public sealed record ExportColumn<T>(string Header, CellKind Kind, Func<T, object?> Value);
