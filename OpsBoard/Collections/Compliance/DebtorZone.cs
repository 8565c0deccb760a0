using OpsBoard.Api;
using OpsBoard.Domain.Items;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Items;

namespace OpsBoard.Collections.Compliance;

/// <summary>
/// A case's <c>timeZone</c> is the debtor's IANA zone, the clock the call window is read on; a case without one is
/// read on the business calendar's. An unknown zone is refused when the case is created rather than guessed later.
/// </summary>
public sealed class DebtorZone : IItemCreateHook
{
    public const string Field = "timeZone";

    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    public static TimeZoneInfo Of(WorkItem item, TimeZoneInfo business) => Find(item.Fields.GetValueOrDefault(Field) as string) ?? business;

    public Task<CommandResult?> OnCreateAsync(CreateContext create, CancellationToken ct)
    {
        if (create.Item.Type != CollectionWorkflow.Type || create.Item.Fields.GetValueOrDefault(Field) is not string { Length: > 0 } id
            || Find(id) is not null)
        {
            return Task.FromResult<CommandResult?>(null);
        }
        return Task.FromResult<CommandResult?>(CommandResult.Invalid(new Dictionary<string, string[]> { [Field] = [ApiText.Format("TimeZoneUnknown", id)] }));
    }
}
