using System.Text.RegularExpressions;
using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed partial class DataTableTests : IAsyncDisposable
{
    private static readonly Row[] Rows =
    [
        new(1, "Câmbio Ação", 300m),
        new(2, "Beta", -50m),
        new(3, "alpha", 1200.5m),
        new(4, "Gamma", 75m),
    ];

    private readonly KitRenderer kit = new();
    private readonly TableProbe probe = new();

    [Fact]
    public async Task Rows_render_in_the_given_order_with_their_keys()
    {
        var html = await RenderAsync();

        Assert.Equal(["1", "2", "3", "4"], Keys(html));
        Assert.Contains("<strong>Câmbio Ação</strong>", html, StringComparison.Ordinal);
        Assert.Contains("1,200.50", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_a_column_orders_the_rows()
    {
        var root = await kit.RenderRootAsync<DataTableHost>(("Items", Rows), ("Probe", probe));

        await kit.InvokeAsync(() => probe.Table!.SortBy(probe.Amount!));
        var html = await kit.HtmlOfAsync(root);

        Assert.Equal(["2", "4", "1", "3"], Keys(html));
        Assert.Contains("aria-sort=\"ascending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_by_the_same_column_again_reverses_the_order()
    {
        var root = await kit.RenderRootAsync<DataTableHost>(("Items", Rows), ("Probe", probe));

        await kit.InvokeAsync(() => probe.Table!.SortBy(probe.Name!));
        Assert.Equal(["3", "2", "1", "4"], Keys(await kit.HtmlOfAsync(root)));
        await kit.InvokeAsync(() => probe.Table!.SortBy(probe.Name!));
        var html = await kit.HtmlOfAsync(root);

        Assert.Equal(["4", "1", "2", "3"], Keys(html));
        Assert.Contains("aria-sort=\"descending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_default_sort_orders_the_rows_before_any_click()
    {
        var html = await RenderAsync(("AmountSort", (SortDirection?)SortDirection.Descending));

        Assert.Equal(["3", "1", "4", "2"], Keys(html));
    }

    [Fact]
    public async Task Filtering_keeps_only_rows_containing_the_text_ignoring_case_and_accents()
    {
        var root = await kit.RenderRootAsync<DataTableHost>(("Items", Rows), ("Probe", probe));

        await kit.InvokeAsync(() => probe.Table!.SetFilter("acao"));
        Assert.Equal(["1"], Keys(await kit.HtmlOfAsync(root)));

        await kit.InvokeAsync(() => probe.Table!.SetFilter("ALPHA"));
        Assert.Equal(["3"], Keys(await kit.HtmlOfAsync(root)));
    }

    [Fact]
    public async Task Filtering_looks_at_the_formatted_value()
    {
        var root = await kit.RenderRootAsync<DataTableHost>(("Items", Rows), ("Probe", probe));

        await kit.InvokeAsync(() => probe.Table!.SetFilter("1,200"));

        Assert.Equal(["3"], Keys(await kit.HtmlOfAsync(root)));
    }

    [Fact]
    public async Task A_filter_matching_nothing_shows_the_no_items_text()
    {
        var root = await kit.RenderRootAsync<DataTableHost>(("Items", Rows), ("Probe", probe));

        await kit.InvokeAsync(() => probe.Table!.SetFilter("zzz"));
        var html = await kit.HtmlOfAsync(root);

        Assert.Empty(Keys(html));
        Assert.Contains("No items.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_shows_one_page_of_rows_and_moves_to_the_next()
    {
        var root = await kit.RenderRootAsync<DataTableHost>(("Items", Rows), ("PageSize", 3), ("Probe", probe));
        var first = await kit.HtmlOfAsync(root);

        Assert.Equal(["1", "2", "3"], Keys(first));
        Assert.Contains("Page 1 of 2", first, StringComparison.Ordinal);
        Assert.Contains("1–3 of 4", first, StringComparison.Ordinal);

        await kit.InvokeAsync(() => probe.Table!.GoToPage(2));
        var second = await kit.HtmlOfAsync(root);

        Assert.Equal(["4"], Keys(second));
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_is_clamped_to_the_last_page()
    {
        var root = await kit.RenderRootAsync<DataTableHost>(("Items", Rows), ("PageSize", 2), ("Probe", probe));

        await kit.InvokeAsync(() => probe.Table!.GoToPage(9));

        Assert.Equal(["3", "4"], Keys(await kit.HtmlOfAsync(root)));
    }

    [Fact]
    public async Task Row_classes_come_from_the_RowClass_function()
    {
        var html = await RenderAsync();

        Assert.Matches("<tr[^>]*data-key=\"2\"[^>]*class=\"table-danger\"|<tr[^>]*class=\"table-danger\"[^>]*data-key=\"2\"", html);
        Assert.DoesNotMatch("<tr[^>]*data-key=\"1\"[^>]*class=", html);
    }

    [Fact]
    public async Task Table_text_follows_the_current_culture()
    {
        await using var pt = new KitRenderer("pt-BR");

        var html = await pt.RenderAsync<DataTableHost>(("Items", Rows), ("PageSize", 3));

        Assert.Contains("Página 1 de 2", html, StringComparison.Ordinal);
        Assert.Contains("1.200,50", html, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => kit.DisposeAsync();

    private Task<string> RenderAsync(params (string Name, object? Value)[] extra) =>
        kit.RenderAsync<DataTableHost>([("Items", Rows), .. extra]);

    private static string[] Keys(string html) =>
        DataKey().Matches(html).Select(m => m.Groups[1].Value).ToArray();

    [GeneratedRegex("<tr[^>]*data-key=\"([^\"]+)\"")]
    private static partial Regex DataKey();
}
