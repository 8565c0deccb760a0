namespace OpsBoard.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

public static class ExportFormats
{
    /// <summary>The format asked for (csv when none), or null for one we do not write.</summary>
    public static ExportFormat? Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        _ => null,
    };

    public static string ContentType(this ExportFormat format) => format == ExportFormat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string Extension(this ExportFormat format) => format == ExportFormat.Xlsx ? "xlsx" : "csv";
}
