using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace OpsBoard.Tests.Onboarding;

/// <summary>A mail as the SMTP server received it, with the body decoded from its transfer encoding.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Headers, string Body);

/// <summary>
/// Just enough of an SMTP server on loopback for the tests: greets, takes EHLO, MAIL, RCPT, DATA
/// and QUIT, and keeps what it was given.
/// </summary>
public sealed partial class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpListener(int port)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>While set and not completed, a mail's data is kept but the server's "queued" answer waits for it.</summary>
    public TaskCompletionSource? HoldReply { get; set; }

    public async Task<IReadOnlyList<ReceivedMail>> WaitFor(int count, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (Received.Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
        return [.. Received];
    }

    /// <summary>The first mail received that matches, waiting up to the timeout; null when none came.</summary>
    public async Task<ReceivedMail?> WaitFor(Func<ReceivedMail, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Received.Any(match) && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }
        return Received.FirstOrDefault(match);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 test.local ESMTP ready");
        string from = string.Empty;
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-test.local");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "MAIL":
                    from = Address(line);
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(Address(line));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }
                    Received.Enqueue(Parse(from, [.. to], data.ToString()));
                    if (HoldReply is { } hold)
                    {
                        await hold.Task;
                    }
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    private static string Address(string line) => AddressPattern().Match(line).Groups[1].Value;

    private static ReceivedMail Parse(string from, IReadOnlyList<string> to, string data)
    {
        var split = data.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = data[..split];
        var body = data[(split + 4)..];
        if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            body = Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\r\n", string.Empty, StringComparison.Ordinal)));
        }
        else if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            var joined = body.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
            var bytes = new List<byte>();
            for (var i = 0; i < joined.Length; i++)
            {
                if (joined[i] == '=' && i + 2 < joined.Length)
                {
                    bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.Add((byte)joined[i]);
                }
            }
            body = Encoding.UTF8.GetString([.. bytes]);
        }
        return new ReceivedMail(from, to, headers, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex AddressPattern();
}
