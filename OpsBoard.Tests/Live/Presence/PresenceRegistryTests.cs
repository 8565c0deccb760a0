using OpsBoard.Live.Presence;

namespace OpsBoard.Tests.Live.Presence;

public sealed class PresenceRegistryTests
{
    private readonly PresenceRegistry _registry = new();

    [Fact]
    public void People_who_join_an_item_are_on_it_and_on_no_other()
    {
        using var ana = _registry.Join(1, "ana", "Ana Souza");
        using var bruno = _registry.Join(1, "bruno", "Bruno Lima");
        using var elsewhere = _registry.Join(2, "carla", "Carla");

        Assert.Equal(["ana", "bruno"], _registry.On(1).Select(p => p.UserName));
        Assert.Equal(["carla"], _registry.On(2).Select(p => p.UserName));
        Assert.Empty(_registry.On(3));
    }

    [Fact]
    public void Leaving_twice_takes_the_person_off_once_and_leaves_nothing_behind()
    {
        var changes = 0;
        using var watch = _registry.Watch(1, () => changes++);
        var ana = _registry.Join(1, "ana", "Ana Souza");

        ana.Dispose();
        ana.Dispose();
        watch.Dispose();
        watch.Dispose();

        Assert.Empty(_registry.On(1));
        Assert.Equal(2, changes);
        Assert.Equal(0, _registry.ItemsHeld);
    }

    [Fact]
    public void A_person_in_two_tabs_shows_once_and_stays_until_the_last_tab_leaves()
    {
        var first = _registry.Join(1, "ana", "Ana Souza");
        using var second = _registry.Join(1, "ana", "Ana Souza");

        first.SetEditing(true);
        Assert.Equal([new Present("ana", "Ana Souza", true)], _registry.On(1));
        first.Dispose();

        Assert.Equal([new Present("ana", "Ana Souza", false)], _registry.On(1));
    }

    [Fact]
    public void Watchers_hear_comings_goings_and_editing_of_their_item_only()
    {
        var heard = new List<string>();
        using var watch = _registry.Watch(1, () => heard.Add(string.Join(",", _registry.On(1).Select(p => p.UserName + (p.Editing ? "*" : "")))));
        using var other = _registry.Join(2, "carla", "Carla");

        var ana = _registry.Join(1, "ana", "Ana Souza");
        ana.SetEditing(true);
        ana.SetEditing(true);
        ana.SetEditing(false);
        ana.Dispose();
        ana.SetEditing(true);

        Assert.Equal(["ana", "ana*", "ana", ""], heard);
    }

    [Fact]
    public void A_disposed_watch_hears_nothing_more()
    {
        var changes = 0;
        var watch = _registry.Watch(1, () => changes++);
        watch.Dispose();

        using var ana = _registry.Join(1, "ana", "Ana Souza");

        Assert.Equal(0, changes);
    }

    [Fact]
    public void A_circuit_holds_one_item_at_a_time_and_its_end_takes_its_reader_off()
    {
        var seat = new CircuitPresence(_registry);
        seat.Enter(1, "ana", "Ana Souza");
        seat.Enter(1, "ana", "Ana Souza");
        Assert.Single(_registry.On(1));

        seat.Enter(2, "ana", "Ana Souza");
        seat.SetEditing(true);
        Assert.Empty(_registry.On(1));
        Assert.True(_registry.On(2).Single().Editing);

        seat.Dispose();
        seat.Dispose();
        Assert.Empty(_registry.On(2));
        Assert.Equal(0, _registry.ItemsHeld);
    }

    [Fact]
    public async Task Many_tabs_joining_editing_and_leaving_at_once_leave_the_registry_empty()
    {
        using var watch = _registry.Watch(7, () => _registry.On(7));

        await Task.WhenAll(Enumerable.Range(0, 64).Select(n => Task.Run(() =>
        {
            for (var round = 0; round < 50; round++)
            {
                using var ticket = _registry.Join(7, $"user{n % 8}", $"User {n % 8}");
                ticket.SetEditing(round % 2 == 0);
                Assert.Contains(_registry.On(7), p => p.UserName == ticket.UserName);
            }
        })));

        Assert.Empty(_registry.On(7));
        watch.Dispose();
        Assert.Equal(0, _registry.ItemsHeld);
    }
}
