using Microsoft.Extensions.Options;
using OpsBoard.Data;

namespace OpsBoard.Documents.DailyMail;

/// <summary>Looks every little while whether the day's report is due to be mailed (see <see cref="DailyMailJob"/>).</summary>
public sealed class DailyMailScheduler(DailyMailJob job, IOptions<DailyMailOptions> options, TimeProvider clock, IJobLease lease,
    ILogger<DailyMailScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // One node queues the day's report; the day's claim row would refuse a second anyway.
                if (await lease.HoldsAsync(nameof(DailyMailScheduler), stoppingToken))
                {
                    await job.RunAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next pass tries again; the claim keeps a half-done pass from counting.
                logger.LogWarning(ex, "The daily report could not be queued for mail");
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
