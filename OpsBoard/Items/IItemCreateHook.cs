using OpsBoard.Data;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>A new item as it is about to be stored, inside the creation's write gate and transaction.</summary>
public sealed record CreateContext(OpsBoardDbContext Db, WorkItem Item, CreateCommand Command, DateTimeOffset At);

/// <summary>
/// What a feature writes with every new item, in the same transaction (the client the item is for);
/// it may refuse the creation, and then nothing at all is written.
/// </summary>
public interface IItemCreateHook
{
    Task<CommandResult?> OnCreateAsync(CreateContext create, CancellationToken ct);
}
