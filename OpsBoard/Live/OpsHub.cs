using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using OpsBoard.Domain.Queues;

namespace OpsBoard.Live;

/// <summary>The hub outside clients subscribe to: topics <c>board</c>, <c>queue:{key}</c> and <c>item:{id}</c>.</summary>
[Authorize]
public sealed class OpsHub(QueueCatalog queues) : Hub
{
    public const string Path = "/hubs/ops";

    /// <summary>No topic is longer; a longer one is refused without being echoed back.</summary>
    public const int TopicMaxLength = 64;

    public async Task Subscribe(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic) || topic.Length > TopicMaxLength)
        {
            throw new HubException($"A topic is required, at most {TopicMaxLength} characters: board, queue:{{key}} or item:{{id}}.");
        }
        if (!IsTopic(topic))
        {
            throw new HubException($"Unknown topic '{topic}'. Use board, queue:{{key}} or item:{{id}}.");
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, topic);
    }

    public Task Unsubscribe(string? topic) => string.IsNullOrEmpty(topic) || topic.Length > TopicMaxLength
        ? Task.CompletedTask
        : Groups.RemoveFromGroupAsync(Context.ConnectionId, topic);

    private bool IsTopic(string topic) =>
        topic == "board"
        || (topic.StartsWith("queue:", StringComparison.Ordinal) && queues.Find(topic[6..]) is not null)
        || (topic.StartsWith("item:", StringComparison.Ordinal) && Api.CanonicalIdConstraint.IsCanonical(topic[5..]));
}
