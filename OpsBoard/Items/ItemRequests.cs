using System.Text.Json;

namespace OpsBoard.Items;

public sealed record CreateItemRequest(string? Type, string? Title, Dictionary<string, JsonElement>? Fields);

public sealed record TransitionRequest(string? Trigger, int? ExpectedVersion, string? Note, Dictionary<string, JsonElement>? Fields);

/// <summary>Who should hold an item (null hands it back to its queue), from the version the lead was looking at.</summary>
public sealed record AssignRequest(string? Assignee, int? ExpectedVersion, string? Note);
