using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.SignalR;
using OpsBoard.Auth;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Queues;
using OpsBoard.Items;

namespace OpsBoard.Live;

/// <summary>The hub outside clients subscribe to: topics <c>board</c>, <c>queue:{key}</c> and <c>item:{id}</c>.</summary>
[Authorize]
public sealed class OpsHub(QueueCatalog queues, ItemQueries items, HubSessions sessions, HubListeners listeners) : Hub
{
    public const string Path = "/hubs/ops";

    /// <summary>No topic is longer; a longer one is refused without being echoed back.</summary>
    public const int TopicMaxLength = 64;

    public override Task OnConnectedAsync()
    {
        sessions.Opened(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Closed(Context);
        listeners.Forget(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    public async Task Subscribe(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic) || topic.Length > TopicMaxLength)
        {
            throw Refused("HubTopicRequired", TopicMaxLength);
        }
        if (!IsTopic(topic))
        {
            throw Refused("HubTopicUnknown", topic);
        }
        if (!await MaySeeAsync(topic))
        {
            // Answered as a topic that does not exist: the refusal does not tell that the item is there.
            throw Refused("HubTopicNotYours", topic);
        }
        listeners.Join(Context.ConnectionId, GroupsOf(topic));
        if (Context.ConnectionAborted.IsCancellationRequested)
        {
            // Closed while the check above ran: its farewell may already have been handled.
            listeners.Forget(Context.ConnectionId);
        }
    }

    /// <summary>The refusal in the language the connection was opened with (its culture cookie or Accept-Language).</summary>
    private HubException Refused(string key, object argument)
    {
        if (Context.GetHttpContext()?.Features.Get<IRequestCultureFeature>() is { } requested)
        {
            CultureInfo.CurrentCulture = requested.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = requested.RequestCulture.UICulture;
        }
        return new HubException(Api.ApiText.Format(key, argument));
    }

    public void Unsubscribe(string? topic)
    {
        if (string.IsNullOrEmpty(topic) || topic.Length > TopicMaxLength || !IsTopic(topic))
        {
            return;
        }
        listeners.Leave(Context.ConnectionId, GroupsOf(topic));
    }

    /// <summary>An item's topic is one group; a shared topic is split by how far the caller sees (<see cref="HubAudience"/>).</summary>
    private IReadOnlyList<string> GroupsOf(string topic)
    {
        if (topic.StartsWith("item:", StringComparison.Ordinal))
        {
            return [topic];
        }
        var actor = Context.User?.ToActor() ?? Actor.Of("anonymous");
        var pools = topic.StartsWith("queue:", StringComparison.Ordinal) ? [topic[6..]] : queues.VisibleTo(actor).Select(q => q.Key);
        return HubAudience.GroupsOf(topic, actor, pools);
    }

    /// <summary>A queue's topic for those who work the queue, an item's for those who may see the item.</summary>
    private async Task<bool> MaySeeAsync(string topic)
    {
        var actor = Context.User?.ToActor() ?? Actor.Of("anonymous");
        if (topic.StartsWith("queue:", StringComparison.Ordinal))
        {
            return actor.IsInAnyRole(queues.Find(topic[6..])!.Roles);
        }
        return !topic.StartsWith("item:", StringComparison.Ordinal)
            || await items.FindAsync(long.Parse(topic[5..], CultureInfo.InvariantCulture), actor, Context.ConnectionAborted) is not null;
    }

    private bool IsTopic(string topic) =>
        topic == "board"
        || (topic.StartsWith("queue:", StringComparison.Ordinal) && queues.Find(topic[6..]) is not null)
        || (topic.StartsWith("item:", StringComparison.Ordinal) && Api.CanonicalIdConstraint.IsCanonical(topic[5..]));
}
