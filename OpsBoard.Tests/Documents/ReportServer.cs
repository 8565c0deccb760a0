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
        var result = await Run(at, c => c.Create.HandleAsync(Actor.Of(user, Roles.Agent), new CreateCommand(type, title, Values(fields))));
        Assert.True(result.Succeeded, result.Detail);
        return result.Item!.Id;
    }

    public async Task FireAt(DateTimeOffset at, string user, long id, string trigger, object? fields = null, string role = Roles.Agent, string? note = null)
    {
        var version = WithDb(db => db.Items.Single(i => i.Id == id).Version);
        var result = await Run(at, c => c.Fire.HandleAsync(Actor.Of(user, role), new FireCommand(id, trigger, version, note, Values(fields ?? new { }))));
        Assert.True(result.Succeeded, $"{trigger}: {result.Detail}");
    }

    private async Task<CommandResult> Run(DateTimeOffset at, Func<ClockedCommands, Task<CommandResult>> command)
    {
        using var scope = Services.CreateScope();
        _clock.Now = at;
        return await command(ClockedCommands.On(scope.ServiceProvider, _clock));
    }

    /// <summary>An anonymous object's properties as field values, the way the tests write them.</summary>
    private static Dictionary<string, object?> Values(object fields) =>
        fields.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(fields));

    private sealed class PinnedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
