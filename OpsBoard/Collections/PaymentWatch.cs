using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Data;
using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;

namespace OpsBoard.Collections;

/// <summary>
/// Breaks the promises whose date has passed without payment, and defaults the payment agreements
/// whose installment has gone unpaid past its due date, as the system, through the one write path:
/// the case is back in the agent's portfolio with an audited reason.
/// </summary>
public sealed class PaymentWatch(IServiceScopeFactory scopes, IOptions<CollectionsOptions> options, DeskProjection desk,
    TimeProvider clock, IJobLease lease, ILogger<PaymentWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PromiseCheckInterval, clock);
        do
        {
            try
            {
                // Of the nodes on one database, only the lease holder sweeps.
                if (await lease.HoldsAsync(nameof(PaymentWatch), stoppingToken))
                {
                    await SweepAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "The sweep of promises and agreements failed; it runs again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static readonly string[] WatchedStates = [nameof(CollectionState.Promised), nameof(CollectionState.InAgreement)];

    /// <summary>The cases waiting on a payment by a date: promises and agreements.</summary>
    internal static IQueryable<Domain.Items.WorkItem> Watched(OpsBoardDbContext db) =>
        db.Items.AsNoTracking().Where(i => i.Type == CollectionWorkflow.Type && WatchedStates.Contains(i.State));

    /// <summary>One pass over the open promises and agreements; returns how many cases it moved.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        var commands = scope.ServiceProvider.GetRequiredService<FireHandler>();
        var today = desk.LocalDay(clock.GetUtcNow());
        var cases = await Watched(db).ToListAsync(ct);
        var moved = 0;
        foreach (var item in cases)
        {
            var promised = item.State == nameof(CollectionState.Promised);
            if (item.Fields.Date(promised ? "promiseDate" : "nextDueDate") is not { } date || date >= today)
            {
                continue;
            }
            var request = promised
                ? new FireCommand(item.Id, nameof(CollectionTrigger.PromiseBroken), item.Version, $"The promise for {date:yyyy-MM-dd} passed without payment.", FireCommand.NoFields)
                : new FireCommand(item.Id, nameof(CollectionTrigger.Default), item.Version, $"The installment due {date:yyyy-MM-dd} was not paid.", FireCommand.NoFields);
            // A case someone is changing right now is left for the next pass, never forced.
            var result = await commands.HandleAsync(Actor.System, request, ct);
            moved += result.Succeeded ? 1 : 0;
        }
        return moved;
    }
}
