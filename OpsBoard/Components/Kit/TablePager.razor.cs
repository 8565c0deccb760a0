using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace OpsBoard.Components.Kit;

/// <summary>Moves a list read a page at a time from the database: page size, where the reader is, first to last.</summary>
public sealed partial class TablePager
{
    /// <summary>The page sizes offered; the first is the list's own.</summary>
    public static readonly int[] Sizes = [25, 50, 100];

    /// <summary>The page on screen, from zero.</summary>
    [Parameter]
    public int Page { get; set; }

    [Parameter]
    public int PageSize { get; set; } = Sizes[0];

    /// <summary>How many rows the list has in all.</summary>
    [Parameter]
    public int Total { get; set; }

    /// <summary>Where the reader moved the list: a page within it, or a new page size from its first page.</summary>
    [Parameter]
    public EventCallback<PagerMove> OnChange { get; set; }

    [Inject]
    public required IStringLocalizer<ControlText> C { get; init; }

    /// <summary>The last page that has rows, from zero.</summary>
    public static int LastOf(int total, int pageSize) => Math.Max(0, (total - 1) / pageSize);

    private int LastPage => LastOf(Total, PageSize);

    private string Info => Total == 0
        ? C["MudDataGridPager_InfoFormat", 0, 0, 0]
        : C["MudDataGridPager_InfoFormat", Number((Page * PageSize) + 1), Number(Math.Min(Total, (Page + 1) * PageSize)), Number(Total)];

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private Task MoveAsync(int page) => OnChange.InvokeAsync(new PagerMove(Math.Clamp(page, 0, LastPage), PageSize));

    private Task SizeAsync(ChangeEventArgs e) =>
        OnChange.InvokeAsync(new PagerMove(0, int.TryParse(e.Value as string, CultureInfo.InvariantCulture, out var size) && Sizes.Contains(size) ? size : Sizes[0]));
}

/// <summary>The page a list shows next (from zero) and its size.</summary>
public readonly record struct PagerMove(int Page, int PageSize);
