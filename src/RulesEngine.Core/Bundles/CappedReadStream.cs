namespace RulesEngine.Core.Bundles;

/// <summary>A read-only view of a stream that fails once more than a set number of bytes has been read through it:
/// the decompressed side of a bundle, so a gzip bomb or a huge tar header stops at the cap instead of filling memory.</summary>
internal sealed class CappedReadStream(Stream inner, long cap, Func<Exception> overCap) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _read += read;
        return _read > cap ? throw overCap() : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
