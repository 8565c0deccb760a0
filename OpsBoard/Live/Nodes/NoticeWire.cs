using System.Text.Json;

namespace OpsBoard.Live.Nodes;

/// <summary>
/// A notice on the nodes' channel: "node id#json". The "#" never appears in a commit's "node id:last history id", so one
/// channel carries both, and the listener reads them in the order they were committed.
/// </summary>
public static class NoticeWire
{
    private const char Mark = '#';

    public static string Write(string node, LiveNotice notice) => node + Mark + JsonSerializer.Serialize(notice, JsonSerializerOptions.Web);

    public static (string Node, LiveNotice Notice)? Read(string payload)
    {
        var at = payload.IndexOf(Mark, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<LiveNotice>(payload[(at + 1)..], JsonSerializerOptions.Web) is { } notice
                ? (payload[..at], notice)
                : null;
        }
        catch (JsonException)
        {
            // A kind this release does not know (a newer node during a rolling upgrade): its screens refresh on their own.
            return null;
        }
    }
}
