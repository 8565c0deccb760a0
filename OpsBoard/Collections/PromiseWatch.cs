using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;

namespace OpsBoard.Collections;

/// <summary>
/// Breaks the promises whose date has passed without payment, as the system, through the one
/// write path, so the case is back in the agent's portfolio with an audited reason.
/// </summary>
public sealed class PromiseWatch(IServiceScopeFactory scopes, IOptions<CollectionsOptions> options, DeskProjection desk,
    TimeProvider clock, ILogger<PromiseWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PromiseCheckInterval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The broken-promise sweep failed; it runs again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass over the open promises; returns how many it broke.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        var commands = scope.ServiceProvider.GetRequiredService<ItemCommands>();
        var today = desk.LocalDay(clock.GetUtcNow());
        var promised = await db.Items.AsNoTracking()
            .Where(i => i.Type == CollectionWorkflow.Type && i.State == nameof(CollectionState.Promised)).ToListAsync(ct);
        var broken = 0;
        foreach (var item in promised)
        {
            if (DeskProjection.DateOf(item.Fields.GetValueOrDefault("promiseDate")) is not { } date || date >= today)
            {
                continue;
            }
            var request = new TransitionRequest(nameof(CollectionTrigger.PromiseBroken), item.Version,
                $"The promise for {date:yyyy-MM-dd} passed without payment.", null);
            // A case someone is changing right now is left for the next pass, never forced.
            var result = await commands.FireAsync(Actor.System, item.Id, request, ct);
            broken += result.Succeeded ? 1 : 0;
        }
        return broken;
    }
}
