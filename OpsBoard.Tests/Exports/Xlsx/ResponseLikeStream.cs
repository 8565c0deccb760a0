namespace OpsBoard.Tests.Exports.Xlsx;

/// <summary>
/// An output that behaves like a response body: forward only, asynchronous writes only (Kestrel refuses synchronous
/// ones), keeping what it receives and noting, at each write, what the caller said it had handed over so far.
/// </summary>
public sealed class ResponseLikeStream : Stream
{
    private readonly MemoryStream _received = new();

    /// <summary>Rows handed to the writer so far, as the test counts them.</summary>
    public int RowsHandedOver { get; set; }

    /// <summary>The rows handed over when the first bytes arrived.</summary>
    public int? RowsAtFirstWrite { get; private set; }

    public int Writes { get; private set; }

    public byte[] Received => _received.ToArray();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        RowsAtFirstWrite ??= RowsHandedOver;
        Writes++;
        await _received.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed.");

    public override void Flush() => throw new InvalidOperationException("Synchronous flushes are not allowed.");

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _received.Dispose();
        }
        base.Dispose(disposing);
    }
}
