using System.Net;
using System.Net.Http.Json;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Admin.People;

public sealed class PeopleApiTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task An_Admin_adds_a_person_with_roles_areas_and_language_who_then_signs_in()
    {
        var admin = await server.ClientFor("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { userName = "Marta.Silva", displayName = "Marta Silva", roles = new[] { "Agent", "Security" }, culture = "pt-br", password = PeopleKit.GoodPassword });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var person = (await response.Json())["person"]!;
        Assert.Equal("marta.silva", (string?)person["userName"]);
        Assert.Equal(["Agent"], person["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(["Security"], person["areas"]!.AsArray().Select(r => (string?)r));
        Assert.Equal("pt-BR", (string?)person["culture"]);

        Assert.NotNull(await server.TokenOrNull("marta.silva", PeopleKit.GoodPassword));
        var listed = (await admin.GetJson("/api/v1/admin/users")).AsArray();
        Assert.Contains(listed, p => (string?)p!["userName"] == "marta.silva" && !(bool)p["disabled"]!);
    }

    [Fact]
    public async Task Without_a_password_a_temporary_one_is_answered_once_and_works()
    {
        var admin = await server.ClientFor("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { userName = "tomas", displayName = "Tomás", roles = new[] { "Lead" } })).Json();
        var temporary = (string)created["temporaryPassword"]!;
        Assert.NotNull(await server.TokenOrNull("tomas", temporary));

        var reset = await (await admin.PostAsync("/api/v1/admin/users/tomas/password", null)).Json();
        var next = (string)reset["temporaryPassword"]!;
        Assert.NotEqual(temporary, next);
        Assert.Null(await server.TokenOrNull("tomas", temporary));
        Assert.NotNull(await server.TokenOrNull("tomas", next));
        Assert.Null((await admin.GetJson("/api/v1/admin/users")).AsArray().Single(p => (string?)p!["userName"] == "tomas")!["temporaryPassword"]);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_stored()
    {
        var admin = await server.ClientFor("admin");
        var before = await server.Scalar("SELECT COUNT(*) FROM Users");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users",
            new { userName = "Bad Name!", displayName = "", roles = new[] { "Agent", "Wizard" }, culture = "fr", password = "short" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Json())["errors"]!.AsObject();
        Assert.Equal(["userName", "displayName", "roles", "culture", "password"], errors.Select(e => e.Key));
        Assert.Contains("Wizard", (string?)errors["roles"]![0]);
        Assert.Equal(before, await server.Scalar("SELECT COUNT(*) FROM Users"));
    }

    [Fact]
    public async Task A_taken_name_a_weak_reset_and_an_unknown_person_are_refused()
    {
        var admin = await server.ClientFor("admin");
        var taken = await admin.PostAsJsonAsync("/api/v1/admin/users", new { userName = "ana", displayName = "Ana 2", roles = new[] { "Agent" } });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("ana", (string?)(await taken.Json())["detail"]);

        var weak = await admin.PostAsJsonAsync("/api/v1/admin/users/ana/password", new { password = "ana" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.NotNull(await server.TokenOrNull("ana", "opsboard"));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/admin/users/nobody/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/v1/admin/users/nobody/roles", new { roles = new[] { "Agent" } })).StatusCode);
    }

    [Fact]
    public async Task An_Admin_cannot_disable_themselves_nor_take_away_the_last_Admin_role()
    {
        var admin = await server.ClientFor("admin");
        var self = await admin.PostAsync("/api/v1/admin/users/admin/disable", null);
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        Assert.Equal("You cannot disable yourself.", (string?)(await self.Json())["detail"]);

        var demoted = await admin.PutAsJsonAsync("/api/v1/admin/users/admin/roles", new { roles = new[] { "Manager" } });
        Assert.Equal(HttpStatusCode.Conflict, demoted.StatusCode);
        Assert.Contains("last active Admin", (string?)(await demoted.Json())["detail"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Only_Admins_reach_the_people_API()
    {
        var lead = await server.ClientFor("carla");
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetAsync("/api/v1/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsync("/api/v1/admin/users/ana/disable", null)).StatusCode);
        using var anonymous = new HttpClient { BaseAddress = server.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/admin/users")).StatusCode);
    }
}
