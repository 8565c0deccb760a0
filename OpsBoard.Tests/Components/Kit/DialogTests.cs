using Microsoft.AspNetCore.Components;
using OpsBoard.Components.Kit;

namespace OpsBoard.Tests.Components.Kit;

public sealed class DialogTests : IAsyncDisposable
{
    private readonly KitRenderer kit = new();

    [Fact]
    public async Task A_closed_dialog_renders_nothing()
    {
        var html = await kit.RenderAsync<Dialog>(("Title", "Close item"), ("IsOpen", false));

        Assert.DoesNotContain("modal", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_dialog_shows_title_body_footer_and_a_localized_close_button()
    {
        await using var pt = new KitRenderer("pt-BR");
        RenderFragment body = b => b.AddContent(0, "Body text");
        RenderFragment footer = b => b.AddContent(0, "Footer text");

        var html = await pt.RenderAsync<Dialog>(("Title", "Fechar item"), ("IsOpen", true), ("ChildContent", body), ("Footer", footer));

        Assert.Contains("modal-backdrop", html, StringComparison.Ordinal);
        Assert.Contains("aria-modal=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains(">Fechar item<", html, StringComparison.Ordinal);
        Assert.Contains("Body text", html, StringComparison.Ordinal);
        Assert.Contains("modal-footer", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Fechar\"", html, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => kit.DisposeAsync();
}
