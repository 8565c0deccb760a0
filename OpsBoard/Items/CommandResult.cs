using OpsBoard.Api;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>How a command ended; each kind is one HTTP answer and one message on a page.</summary>
public enum CommandStatus
{
    Ok,
    NotFound,
    Invalid,
    Forbidden,
    NotPermitted,
    Blocked,
    Stale,
}

public sealed record CommandResult(CommandStatus Status, WorkItem? Item = null, string? Detail = null,
    IReadOnlyDictionary<string, string[]>? Errors = null, IReadOnlyList<string>? Permitted = null, IReadOnlyList<string>? BlockedBy = null)
{
    public bool Succeeded => Status == CommandStatus.Ok;

    public static CommandResult Ok(WorkItem item) => new(CommandStatus.Ok, item);

    public static CommandResult NotFound(long id) => new(CommandStatus.NotFound, Detail: ApiText.Format("ItemNotFound", id));

    public static CommandResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(CommandStatus.Invalid, Detail: ApiText.Get("FieldsInvalid"), Errors: errors);
}
