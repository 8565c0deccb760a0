using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Documents;

/// <summary>A server whose history is written through the real command path on a clock the test sets.</summary>
public class ReportServer : OpsBoardServer
{
    private readonly PinnedClock _clock = new();

    /// <summary>Creates an item at a given instant, as <paramref name="user"/>.</summary>
    public async Task<long> CreateAt(DateTimeOffset at, string user, string type, string title, object fields)
    {
        var result = await Run(at, c => c.CreateAsync(Actor.Of(user, Roles.Agent), new CreateItemRequest(type, title, Json(fields))));
        Assert.True(result.Succeeded, result.Detail);
        return result.Item!.Id;
    }

    public async Task FireAt(DateTimeOffset at, string user, long id, string trigger, object? fields = null, string role = Roles.Agent, string? note = null)
    {
        var version = WithDb(db => db.Items.Single(i => i.Id == id).Version);
        var result = await Run(at, c => c.FireAsync(Actor.Of(user, role), id, new TransitionRequest(trigger, version, note, Json(fields ?? new { }))));
        Assert.True(result.Succeeded, $"{trigger}: {result.Detail}");
    }

    private async Task<CommandResult> Run(DateTimeOffset at, Func<ItemCommands, Task<CommandResult>> command)
    {
        using var scope = Services.CreateScope();
        _clock.Now = at;
        return await command(ActivatorUtilities.CreateInstance<ItemCommands>(scope.ServiceProvider, (TimeProvider)_clock));
    }

    private static Dictionary<string, JsonElement> Json(object fields) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(fields))!;

    private sealed class PinnedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
