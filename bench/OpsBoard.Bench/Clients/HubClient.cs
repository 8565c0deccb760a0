using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace OpsBoard.Bench.Clients;

/// <summary>
/// A lean SignalR client over the JSON protocol (records ended by 0x1E on a WebSocket), cheap enough to
/// run a thousand in one process. It notes, for every <c>itemChanged</c>, the item, the version and
/// the instant the frame arrived; nothing else is parsed.
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private const byte Separator = 0x1e;
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ArrayBufferWriter<byte> _partial = new(1024);
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<bool> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _reader;

    // Written by the read loop while the driver reads and clears it.
    private readonly List<(long Key, long At)> _receipts = new(2048);
    private readonly Lock _receiptsLock = new();

    /// <summary>(item id × 10⁷ + version, Stopwatch timestamp of arrival) for each change received, in order.</summary>
    public (long Key, long At)[] Receipts()
    {
        lock (_receiptsLock)
        {
            return [.. _receipts];
        }
    }

    public void ClearReceipts()
    {
        lock (_receiptsLock)
        {
            _receipts.Clear();
        }
    }

    public static long KeyOf(long itemId, int version) => (itemId * 10_000_000) + version;

    public static async Task<HubClient> ConnectAsync(Uri hub, CancellationToken ct)
    {
        var client = new HubClient();
        await client._socket.ConnectAsync(hub, ct);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}\u001e");
        client._reader = Task.Run(client.ReadLoopAsync, CancellationToken.None);
        await client._handshake.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        return client;
    }

    public async Task SubscribeAsync(string topic)
    {
        _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        await SendAsync($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"Subscribe\",\"arguments\":[\"{topic}\"]}}\u001e");
        if (!await _completion.Task.WaitAsync(TimeSpan.FromSeconds(30)))
        {
            throw new InvalidOperationException($"Subscribe({topic}) was refused.");
        }
    }

    /// <summary>Keeps the server from timing the client out while nothing else is sent.</summary>
    public Task PingAsync() => SendAsync("{\"type\":6}\u001e");

    private async Task SendAsync(string text)
    {
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[8192];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                var at = Stopwatch.GetTimestamp();
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
                Consume(buffer.AsSpan(0, result.Count), at);
            }
        }
        catch (WebSocketException)
        {
            // The connection went away; whatever was not received counts as lost.
        }
        _handshake.TrySetException(new InvalidOperationException("The hub closed the connection."));
        _completion.TrySetResult(false);
    }

    private void Consume(ReadOnlySpan<byte> data, long at)
    {
        int end;
        while ((end = data.IndexOf(Separator)) >= 0)
        {
            if (_partial.WrittenCount > 0)
            {
                _partial.Write(data[..end]);
                Handle(_partial.WrittenSpan, at);
                _partial.ResetWrittenCount();
            }
            else
            {
                Handle(data[..end], at);
            }
            data = data[(end + 1)..];
        }
        _partial.Write(data);
    }

    private void Handle(ReadOnlySpan<byte> record, long at)
    {
        if (!_handshake.Task.IsCompleted)
        {
            if (record.IndexOf("\"error\""u8) >= 0)
            {
                _handshake.TrySetException(new InvalidOperationException(Encoding.UTF8.GetString(record)));
            }
            _handshake.TrySetResult();
        }
        else if (record.IndexOf("\"itemChanged\""u8) >= 0)
        {
            var key = KeyOf(Number(record, "\"itemId\":"u8), (int)Number(record, "\"version\":"u8));
            lock (_receiptsLock)
            {
                _receipts.Add((key, at));
            }
        }
        else if (record.IndexOf("\"type\":3"u8) >= 0)
        {
            _completion.TrySetResult(record.IndexOf("\"error\""u8) < 0);
        }
    }

    private static long Number(ReadOnlySpan<byte> record, ReadOnlySpan<byte> name)
    {
        var start = record.IndexOf(name);
        return start >= 0 && Utf8Parser.TryParse(record[(start + name.Length)..], out long value, out _) ? value : -1;
    }

    public async ValueTask DisposeAsync()
    {
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
            await _reader.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        _socket.Dispose();
        _sending.Dispose();
    }
}
