using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Admin;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Live;

public sealed class HubSessionsTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task Disabling_a_person_closes_the_hub_connection_they_have_open()
    {
        var name = await server.NewPerson("Agent");
        var token = await server.TokenOrNull(name, PeopleKit.GoodPassword);
        await using var hub = await RawHubClient.ConnectAsync(server.BaseAddress, token!);
        await hub.InvokeAsync("Subscribe", "board");

        var admin = await server.ClientFor("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/admin/users/{name}/disable", null)).StatusCode);

        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAnyAsync<Exception>(() => RawHubClient.ConnectAsync(server.BaseAddress, token!));
    }

    [Fact]
    public async Task Disabling_one_person_leaves_everyone_elses_connection_open()
    {
        var leaver = await server.NewPerson("Agent");
        var stayer = await server.NewPerson("Agent");
        await using var staying = await RawHubClient.ConnectAsync(server.BaseAddress, (await server.TokenOrNull(stayer, PeopleKit.GoodPassword))!);
        await using var leaving = await RawHubClient.ConnectAsync(server.BaseAddress, (await server.TokenOrNull(leaver, PeopleKit.GoodPassword))!);

        var admin = await server.ClientFor("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/admin/users/{leaver}/disable", null)).StatusCode);
        await leaving.Closed.WaitAsync(TimeSpan.FromSeconds(5));

        await staying.InvokeAsync("Subscribe", "board");
        Assert.False(staying.Closed.IsCompleted);
    }

    [Fact]
    public async Task Changing_a_persons_roles_closes_their_connection_and_a_new_sign_in_connects_again()
    {
        var name = await server.NewPerson("Agent");
        await using var hub = await RawHubClient.ConnectAsync(server.BaseAddress, (await server.TokenOrNull(name, PeopleKit.GoodPassword))!);

        var admin = await server.ClientFor("admin");
        var changed = await admin.PutAsJsonAsync($"/api/v1/admin/users/{name}/roles", new { roles = new[] { "Agent", "Lead" } });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());

        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        await using var again = await RawHubClient.ConnectAsync(server.BaseAddress, (await server.TokenOrNull(name, PeopleKit.GoodPassword))!);
        await again.InvokeAsync("Subscribe", "board");
    }
}
