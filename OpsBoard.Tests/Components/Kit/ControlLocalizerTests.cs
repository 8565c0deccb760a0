using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Kit;

public sealed class ControlLocalizerTests : MudComponentTest
{
    [Theory]
    [InlineData("pt-BR", "Linhas por página:", "1–2 de 3")]
    [InlineData("ru", "Строк на странице:", "1–2 из 3")]
    [InlineData("en", "Rows per page:", "1–2 of 3")]
    public void A_grid_pager_speaks_the_readers_language(string culture, string rowsPerPage, string info)
    {
        using var _ = new UiCulture(culture);

        var grid = Render<MudDataGrid<int>>(p => p
            .Add(g => g.Items, [1, 2, 3])
            .Add(g => g.RowsPerPage, 2)
            .Add(g => g.PagerContent, b =>
            {
                b.OpenComponent<MudDataGridPager<int>>(0);
                b.AddAttribute(1, nameof(MudDataGridPager<int>.PageSizeOptions), new[] { 2, 10 });
                b.CloseComponent();
            }));

        var pager = grid.Find(".mud-table-pagination").TextContent;
        Assert.Contains(rowsPerPage, pager, StringComparison.Ordinal);
        Assert.Contains(info, pager, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_word_we_have_not_translated_falls_back_to_mudblazors_english()
    {
        using var _ = new UiCulture("ru");

        var word = Services.GetRequiredService<MudLocalizer>()["MudColorPicker_Close"];

        Assert.True(word.ResourceNotFound);
    }
}
