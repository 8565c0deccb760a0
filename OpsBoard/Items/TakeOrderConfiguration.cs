using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>
/// The index take-next reads a queue's due-soon items by (<see cref="TakeOrder"/>): by warning instant, so that it
/// never walks the on-time items to find them. Only open items are kept in it.
/// </summary>
internal sealed class TakeOrderConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b) =>
        b.HasIndex(i => new { i.QueueKey, i.Assignee, i.SlaWarnAt }).HasFilter("\"DoneAt\" IS NULL");
}
