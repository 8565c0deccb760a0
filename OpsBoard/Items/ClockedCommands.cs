namespace OpsBoard.Items;

/// <summary>
/// The handlers on a clock of the caller's own, for writing a lived-in history through the one write
/// path (the demo, a report's test day); everything else they use comes from the given services.
/// </summary>
public sealed record ClockedCommands(CreateHandler Create, FireHandler Fire, TakeNextHandler Take, BatchHandler Batch)
{
    public static ClockedCommands On(IServiceProvider services, TimeProvider clock) => new(
        ActivatorUtilities.CreateInstance<CreateHandler>(services, clock),
        ActivatorUtilities.CreateInstance<FireHandler>(services, clock),
        ActivatorUtilities.CreateInstance<TakeNextHandler>(services, clock),
        ActivatorUtilities.CreateInstance<BatchHandler>(services, clock));
}
