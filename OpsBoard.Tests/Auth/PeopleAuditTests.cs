using System.Collections.Concurrent;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Auth;
using OpsBoard.Tests.Admin;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Auth;

/// <summary>A server whose people audit writes down what it is told, in place of the no-op default.</summary>
public sealed class AuditedServer : OpsBoardServer
{
    public ConcurrentQueue<string> Recorded { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IPeopleAudit>(new Recorder(Recorded)));
    }

    private sealed class Recorder(ConcurrentQueue<string> recorded) : IPeopleAudit
    {
        public void Stage(OpsBoard.Data.OpsBoardDbContext db, string actor, string action, string subject, string? detail) =>
            recorded.Enqueue($"{actor} {action} {subject} {detail}".TrimEnd());
    }
}

public sealed class PeopleAuditTests(AuditedServer server) : IClassFixture<AuditedServer>
{
    [Fact]
    public async Task Each_change_to_a_person_or_a_kiosk_is_told_to_the_audit_once_and_a_refused_one_not_at_all()
    {
        var admin = await server.ClientFor("admin");
        var name = await server.NewPerson("Agent");
        await admin.PutAsJsonAsync($"/api/v1/admin/users/{name}/roles", new { roles = new[] { "Lead", "Security" } });
        await admin.PostAsync($"/api/v1/admin/users/{name}/disable", null);
        await admin.PostAsync($"/api/v1/admin/users/{name}/enable", null);
        await admin.PostAsync($"/api/v1/admin/users/{name}/password", null);
        await admin.PostAsync("/api/v1/admin/users/admin/disable", null);
        var kiosk = await (await admin.PostAsJsonAsync("/api/v1/admin/kiosks", new { name = "Audited TV" })).Json();
        var id = (long)kiosk["kiosk"]!["id"]!;
        await admin.PostAsync($"/api/v1/admin/kiosks/{id}/revoke", null);

        Assert.Equal(
        [
            $"admin user.created {name} Agent",
            $"admin user.roles-changed {name} Lead,Security",
            $"admin user.disabled {name}",
            $"admin user.enabled {name}",
            $"admin user.password-reset {name}",
            $"admin kiosk.registered kiosk:{id} Audited TV",
            $"admin kiosk.revoked kiosk:{id} Audited TV",
        ], server.Recorded);
    }
}
