using Bunit;
using OpsBoard.Components.Kit;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Components.Kit;

public sealed class SearchBoxTests : MudComponentTest
{
    private readonly List<string?> _searched = [];

    public SearchBoxTests()
        : this(new ManualTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)))
    {
    }

    private SearchBoxTests(ManualTimeProvider time)
        : base(time) => Time = time;

    private ManualTimeProvider Time { get; }

    [Fact]
    public void What_is_typed_is_passed_on_once_when_the_typing_has_paused_for_300_ms()
    {
        var box = Box();
        var input = box.Find("input[type=search]");

        input.Input("la");
        Time.Advance(TimeSpan.FromMilliseconds(299));
        input.Input("late");
        Time.Advance(TimeSpan.FromMilliseconds(299));
        Assert.Empty(_searched);

        Time.Advance(TimeSpan.FromMilliseconds(1));

        box.WaitForAssertion(() => Assert.Equal(["late"], _searched));
    }

    [Fact]
    public void Clearing_passes_on_an_empty_search_at_once_and_drops_what_was_waiting()
    {
        var box = Box("late");
        box.Find("input").Input("later");

        box.Find("[data-test=search-clear]").Click();
        Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([null], _searched);
        Assert.Empty(box.FindAll("[data-test=search-clear]"));
        Assert.Equal(0, Time.ActiveTimers);
    }

    [Fact]
    public void The_box_shows_the_search_in_force_with_its_name_the_key_that_reaches_it_and_a_named_clear_button()
    {
        using var culture = new UiCulture("pt-BR");

        var box = Box("overdue");

        var input = box.Find("input");
        Assert.Equal("overdue", input.GetAttribute("value"));
        Assert.Equal("Search the queue", input.GetAttribute("aria-label"));
        Assert.Equal("search", input.GetAttribute("data-shortcut"));
        Assert.Equal("Limpar a busca", box.Find("[data-test=search-clear]").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_search_the_page_changes_is_shown_unless_the_reader_is_still_typing()
    {
        var box = Box("old");

        box.Render(p => p.Add(b => b.Value, "opened view"));
        Assert.Equal("opened view", box.Find("input").GetAttribute("value"));

        box.Find("input").Input("typed");
        box.Render(p => p.Add(b => b.Value, "pushed"));
        Assert.Equal("typed", box.Find("input").GetAttribute("value"));
    }

    [Fact]
    public async Task A_box_taken_off_the_page_stops_its_timer()
    {
        var box = Box();
        box.Find("input").Input("la");

        await DisposeComponentsAsync();

        Assert.Equal(0, Time.ActiveTimers);
    }

    private IRenderedComponent<SearchBox> Box(string? value = null) => Render<SearchBox>(p => p
        .Add(b => b.Value, value)
        .Add(b => b.ValueChanged, text => _searched.Add(text))
        .Add(b => b.Label, "Search the queue"));
}
