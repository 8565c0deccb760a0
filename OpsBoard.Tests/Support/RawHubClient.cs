using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace OpsBoard.Tests.Support;

/// <summary>
/// A SignalR client written against the wire protocol (JSON over a WebSocket, records ended by 0x1E),
/// the way any non-.NET client would connect.
/// </summary>
public sealed class RawHubClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _messages = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, TaskCompletionSource<JsonObject>> _pending = [];
    private readonly TaskCompletionSource<JsonObject?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _invocation;
    private Task? _reader;

    /// <summary>Ends when the server closes the connection, with its close message when it sent one.</summary>
    public Task<JsonObject?> Closed => _closed.Task;

    public static async Task<RawHubClient> ConnectAsync(Uri baseAddress, string token, string? language = null, string? cookie = null)
    {
        var client = new RawHubClient();
        if (cookie is not null)
        {
            client._socket.Options.SetRequestHeader("Cookie", cookie);
        }
        if (language is not null)
        {
            client._socket.Options.SetRequestHeader("Accept-Language", language);
        }
        var uri = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/hubs/ops", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        await client._socket.ConnectAsync(uri, CancellationToken.None);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        client._reader = Task.Run(client.ReadLoop);
        var handshake = await client.NextAsync(TimeSpan.FromSeconds(5), m => m.ContainsKey("__handshake"));
        if (handshake["error"] is { } error)
        {
            throw new InvalidOperationException($"Handshake refused: {error}");
        }
        return client;
    }

    public async Task InvokeAsync(string method, params object[] args)
    {
        var id = Interlocked.Increment(ref _invocation).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            _pending[id] = done;
        }
        var message = new JsonObject { ["type"] = 1, ["invocationId"] = id, ["target"] = method, ["arguments"] = new JsonArray(args.Select(a => JsonValue.Create(a)).ToArray<JsonNode?>()) };
        await SendAsync(message.ToJsonString());
        var completion = await done.Task.WaitAsync(TimeSpan.FromSeconds(5));
        if (completion["error"] is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error}");
        }
    }

    /// <summary>The next server call of the given method whose argument matches.</summary>
    public async Task<JsonObject> ReceiveAsync(string target, Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var message = await NextAsync(timeout, m => (string?)m["target"] == target && match((JsonObject)m["arguments"]![0]!));
        return (JsonObject)message["arguments"]![0]!;
    }

    private async Task<JsonObject> NextAsync(TimeSpan timeout, Func<JsonObject, bool> match)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var message = await _messages.Reader.ReadAsync(cts.Token);
            if (match(message))
            {
                return message;
            }
        }
    }

    private Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text + Separator), WebSocketMessageType.Text, true, _stop.Token);

    private async Task ReadLoop()
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        var first = true;
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                int end;
                while ((end = text.ToString().IndexOf(Separator, StringComparison.Ordinal)) >= 0)
                {
                    var record = (JsonObject)JsonNode.Parse(text.ToString(0, end))!;
                    text.Remove(0, end + 1);
                    if (first)
                    {
                        record["__handshake"] = true;
                        first = false;
                    }
                    Dispatch(record);
                }
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (WebSocketException)
        {
        }
        _messages.Writer.TryComplete();
        _closed.TrySetResult(null);
    }

    private void Dispatch(JsonObject record)
    {
        if ((int?)record["type"] == 3 && (string?)record["invocationId"] is { } id)
        {
            lock (_pending)
            {
                if (_pending.Remove(id, out var done))
                {
                    done.TrySetResult(record);
                }
            }
            return;
        }
        if ((int?)record["type"] == 6)
        {
            return;
        }
        if ((int?)record["type"] == 7)
        {
            _closed.TrySetResult(record);
        }
        _messages.Writer.TryWrite(record);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        if (_reader is not null)
        {
            await _reader.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        _socket.Dispose();
        _stop.Dispose();
    }
}
