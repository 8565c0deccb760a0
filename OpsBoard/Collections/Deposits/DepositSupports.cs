using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsBoard.Collections.Goals;
using OpsBoard.Data;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Sla;
using OpsBoard.Items;
using OpsBoard.Live;

namespace OpsBoard.Collections.Deposits;

/// <summary>
/// Marks an unidentified deposit as waiting on its supports from a payment network: who asked which network when, and a clock
/// of its own that turns late after the configured business days. Pushed to open deposit pages after commit.
/// </summary>
public sealed class DepositSupports(OpsBoardDbContext db, BusinessCalendar calendar, WriteGate gate, TimeProvider clock, LiveBus bus,
    IOptions<DepositSupportOptions> options)
{
    public async Task<DepositResult> RequestAsync(Actor actor, long depositId, RequestSupportRequest? request, CancellationToken ct = default)
    {
        var settings = options.Value;
        var network = request?.Network?.Trim().ToLowerInvariant();
        if (network is null || !settings.Known.Contains(network))
        {
            return new(CommandStatus.Invalid, Detail: GoalsText.Get("SupportRefused"),
                Errors: new Dictionary<string, string[]> { ["network"] = [GoalsText.Format("SupportNetworkUnknown", request?.Network, string.Join(", ", settings.Known))] });
        }
        var now = clock.GetUtcNow();
        using (await gate.EnterAsync(ct))
        {
            var deposit = await db.Deposits.FirstOrDefaultAsync(d => d.Id == depositId, ct);
            if (deposit is null)
            {
                return new(CommandStatus.NotFound, Detail: Api.ApiText.Format("DepositNotFound", depositId));
            }
            if (deposit.IsMatched)
            {
                return new(CommandStatus.NotPermitted, deposit, Api.ApiText.Format("DepositMatchedTo", deposit.Id, deposit.MatchedItemId, deposit.MatchedBy));
            }
            if (deposit.IsSupportRequested)
            {
                return new(CommandStatus.NotPermitted, deposit, GoalsText.Format("SupportAlreadyRequested", deposit.Id, deposit.SupportNetwork, deposit.SupportRequestedBy));
            }
            deposit.RequestSupport(network, actor.UserName, now, calendar.Add(now, BusinessDuration.FromDays(Math.Max(1, settings.LateAfterBusinessDays))));
            await db.SaveChangesAsync(ct);
            bus.Publish(new DepositChanged(deposit.Id, actor.UserName, now));
            return new(CommandStatus.Ok, deposit);
        }
    }
}
