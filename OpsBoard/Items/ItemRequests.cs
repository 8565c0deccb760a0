using System.Text.Json;

namespace OpsBoard.Items;

public sealed record CreateItemRequest(string? Type, string? Title, Dictionary<string, JsonElement>? Fields);

public sealed record TransitionRequest(string? Trigger, int? ExpectedVersion, string? Note, Dictionary<string, JsonElement>? Fields);
