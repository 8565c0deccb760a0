using System.Globalization;

namespace OpsBoard.Components.Pages.Items;

/// <summary>A file's size for people: bytes, KB or MB, in the reader's number format.</summary>
public static class FileSizes
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes:N0} B"),
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024d:N1} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024d * 1024):N1} MB"),
    };
}
