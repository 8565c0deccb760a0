namespace OpsBoard.Exports;

/// <summary>
/// A write-only stream that keeps what is written until <see cref="DrainAsync"/> sends it on. A zip archive and an
/// XML writer write synchronously, and a response may only be written asynchronously: they write here, and the export
/// drains it to the response between rows, so no more than about <see cref="Threshold"/> bytes wait at a time.
/// </summary>
public sealed class PendingOutput(Stream output) : Stream
{
    /// <summary>What may gather before it is sent: a few compressed blocks.</summary>
    public const int Threshold = 64 * 1024;

    private readonly MemoryStream _pending = new(Threshold * 2);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override void WriteByte(byte value) => _pending.WriteByte(value);

    /// <summary>Sends what has gathered once it reaches the threshold, or all of it when <paramref name="all"/>.</summary>
    public async Task DrainAsync(bool all, CancellationToken ct)
    {
        if (_pending.Length == 0 || (!all && _pending.Length < Threshold))
        {
            return;
        }
        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        _pending.SetLength(0);
        if (all)
        {
            await output.FlushAsync(ct);
        }
    }

    // Nothing to flush on its own: what is pending leaves only by DrainAsync.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }
        base.Dispose(disposing);
    }
}
