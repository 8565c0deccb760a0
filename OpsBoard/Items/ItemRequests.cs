using System.Text.Json;

namespace OpsBoard.Items;

/// <summary>The API's body for a new item: fields as the client sent them, read by <see cref="FieldInput"/>.</summary>
public sealed record CreateItemRequest(string? Type, string? Title, Dictionary<string, JsonElement>? Fields)
{
    public CreateCommand ToCommand() => new(Type ?? string.Empty, Title ?? string.Empty, FieldInput.FromJson(Fields));
}

/// <summary>The API's body for a move.</summary>
public sealed record TransitionRequest(string? Trigger, int? ExpectedVersion, string? Note, Dictionary<string, JsonElement>? Fields)
{
    /// <summary>The command, or null with the reason when the body lacks what every move needs.</summary>
    public FireCommand? ToCommand(long id, out CommandResult? refusal)
    {
        refusal = ExpectedVersion is null
            ? CommandResult.Invalid(new Dictionary<string, string[]> { ["expectedVersion"] = [Refusals.VersionRequired] })
            : null;
        return ExpectedVersion is { } version ? new FireCommand(id, Trigger ?? string.Empty, version, Note, FieldInput.FromJson(Fields)) : null;
    }
}

/// <summary>Who should hold an item (null hands it back to its queue), from the version the lead was looking at.</summary>
public sealed record AssignRequest(string? Assignee, int? ExpectedVersion, string? Note)
{
    public AssignCommand? ToCommand(long id, out CommandResult? refusal)
    {
        refusal = ExpectedVersion is null
            ? CommandResult.Invalid(new Dictionary<string, string[]> { ["expectedVersion"] = [Refusals.VersionRequired] })
            : null;
        return ExpectedVersion is { } version ? new AssignCommand(id, Assignee, version, Note) : null;
    }
}
