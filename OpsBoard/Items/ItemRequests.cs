using System.Text.Json;
using OpsBoard.Api;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Items;

/// <summary>The API's body for a new item: fields as the client sent them, read by <see cref="FieldInput"/>.</summary>
public sealed record CreateItemRequest(string? Type, string? Title, Dictionary<string, JsonElement>? Fields, long? ClientId = null)
{
    public CreateCommand ToCommand() => new(Type ?? string.Empty, Title ?? string.Empty, FieldInput.FromJson(Fields)) { ClientId = ClientId };
}

/// <summary>The API's body for a move.</summary>
public sealed record TransitionRequest(string? Trigger, int? ExpectedVersion, string? Note, Dictionary<string, JsonElement>? Fields)
{
    /// <summary>The command, or null with the reason when the body lacks what every move needs.</summary>
    public FireCommand? ToCommand(long id, out CommandResult? refusal)
    {
        refusal = RequestChecks.Refusal(ExpectedVersion, Note);
        return refusal is null ? new FireCommand(id, Trigger ?? string.Empty, ExpectedVersion!.Value, Note, FieldInput.FromJson(Fields)) : null;
    }
}

/// <summary>Who should hold an item (null hands it back to its queue), from the version the lead was looking at.</summary>
public sealed record AssignRequest(string? Assignee, int? ExpectedVersion, string? Note)
{
    public AssignCommand? ToCommand(long id, out CommandResult? refusal)
    {
        refusal = RequestChecks.Refusal(ExpectedVersion, Note, Assignee);
        return refusal is null ? new AssignCommand(id, Assignee, ExpectedVersion!.Value, Note) : null;
    }
}

/// <summary>What every move's body needs before anyone reads the item: a version, and a note and names of bounded length.</summary>
internal static class RequestChecks
{
    public static CommandResult? Refusal(int? expectedVersion, string? note, string? userName = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (expectedVersion is null)
        {
            errors["expectedVersion"] = [Refusals.VersionRequired];
        }
        if (note?.Length > FieldLimits.LongText)
        {
            errors["note"] = [ApiText.Format("NoteTooLong", FieldLimits.LongText)];
        }
        if (userName?.Length > FieldLimits.ShortText)
        {
            errors["assignee"] = [ApiText.Format("UnknownUser", userName[..FieldLimits.ShortText])];
        }
        return errors.Count > 0 ? CommandResult.Invalid(errors) : null;
    }
}
