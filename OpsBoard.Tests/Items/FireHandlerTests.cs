using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Domain;
using OpsBoard.Domain.Engine;
using OpsBoard.Items;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items;

public sealed class FireHandlerTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    private static readonly Actor Ana = Actor.Of("ana", Roles.Agent);

    [Fact]
    public async Task Typed_values_from_code_are_held_to_the_same_field_rules_as_the_api()
    {
        using var scope = server.Services.CreateScope();
        var create = scope.ServiceProvider.GetRequiredService<CreateHandler>();
        var fire = scope.ServiceProvider.GetRequiredService<FireHandler>();
        var created = await create.HandleAsync(Ana, new CreateCommand("claim", "Typed", new Dictionary<string, object?> { ["client"] = "  Typed Ltda " }));
        Assert.True(created.Succeeded, created.Detail);
        Assert.Equal("Typed Ltda", created.Item!.Fields["client"]);
        var started = await fire.HandleAsync(Ana, new FireCommand(created.Item.Id, "StartInvestigation", 1, null, FireCommand.NoFields));

        var refused = await fire.HandleAsync(Ana, new FireCommand(created.Item.Id, "Resolve", started.Item!.Version, null,
            new Dictionary<string, object?> { ["verdict"] = "maybe", ["rootCause"] = 12m, ["responsibleParty"] = "Carrier", ["nonsense"] = true }));

        Assert.Equal(CommandStatus.Invalid, refused.Status);
        Assert.Equal(["nonsense", "rootCause", "verdict"], refused.Errors!.Keys.Order());
        Assert.Equal(2, server.WithDb(db => db.Items.Single(i => i.Id == created.Item.Id).Version));
    }

    [Fact]
    public async Task A_step_that_refuses_rolls_back_its_own_rows_and_the_move_and_publishes_nothing()
    {
        using var scope = server.Services.CreateScope();
        var create = scope.ServiceProvider.GetRequiredService<CreateHandler>();
        var fire = scope.ServiceProvider.GetRequiredService<FireHandler>();
        var created = await create.HandleAsync(Ana, new CreateCommand("claim", "Refused by a step", new Dictionary<string, object?> { ["client"] = "X" }));
        var id = created.Item!.Id;

        var result = await fire.HandleAsync(Ana, new FireCommand(id, "StartInvestigation", 1, null, FireCommand.NoFields)
        {
            Also = async (move, ct) =>
            {
                move.Db.AreaNotifications.Add(OpsBoard.Onboarding.AreaNotification.Create(id, Roles.Security, "X", "CL-1", move.At));
                await move.Db.SaveChangesAsync(ct);
                return new CommandResult(CommandStatus.Blocked, move.Moves[0].Item, "No.");
            },
        });

        Assert.Equal(CommandStatus.Blocked, result.Status);
        Assert.Equal(1, server.WithDb(db => db.Items.Single(i => i.Id == id).Version));
        Assert.Equal(0, server.WithDb(db => db.AreaNotifications.Count(n => n.ItemId == id)));
        Assert.Equal(1, server.WithDb(db => db.History.Count(h => h.ItemId == id)));
    }
}
