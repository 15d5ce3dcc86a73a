using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace RulesEngine.Core.Facts;

/// <summary>A 128-bit hash of a fact's identity fields (XXH128), written field by field without allocating: two facts
/// have the same identity exactly when their hashes are equal (a collision among 128-bit hashes is never expected).</summary>
/// <remarks>Not thread-safe: one per aggregation.</remarks>
internal sealed class IdentityHash
{
    private const char FieldSeparator = '\u0001';
    private const char NullValue = '\u0002';
    private const char VariableToken = '\uFFFF';

    // Repeated records repeat their text exactly more often than not: the template's hash of a text seen before is
    // looked up, not computed again (bounded, so a log of unique lines does not grow it without end).
    private const int MaxRemembered = 16_384;

    private readonly XxHash128 _hash = new();
    private readonly XxHash128 _text = new();
    private readonly Dictionary<string, UInt128> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UInt128> _urlTemplates = new(StringComparer.Ordinal);

    /// <summary>Starts the identity of a fact of <paramref name="kind"/>.</summary>
    public void Start(string kind)
    {
        _hash.Reset();
        Append(kind);
    }

    /// <summary>The hash of what was written since <see cref="Start"/>.</summary>
    public UInt128 Result() => _hash.GetCurrentHashAsUInt128();

    /// <summary>A field's exact value.</summary>
    public void Value(object? value)
    {
        Separator();
        switch (value)
        {
            case null:
                Append([NullValue]);
                break;
            case string text:
                Append(text);
                break;
            case IFormattable formattable:
                Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                Append(value.ToString() ?? "");
                break;
        }
    }

    /// <summary>A text field's template (<see cref="MessageTemplate.Of"/>).</summary>
    public void Template(string? text)
    {
        if (!Null(text))
        {
            AppendHash(Remembered(_templates, text!, url: false));
        }
    }

    /// <summary>A URL field's template (<see cref="MessageTemplate.OfUrl"/>).</summary>
    public void UrlTemplate(string? url)
    {
        if (!Null(url))
        {
            AppendHash(Remembered(_urlTemplates, url!, url: true));
        }
    }

    private UInt128 Remembered(Dictionary<string, UInt128> remembered, string text, bool url)
    {
        if (remembered.TryGetValue(text, out var known))
        {
            return known;
        }

        _text.Reset();
        var sink = new Sink(_text);
        if (url)
        {
            MessageTemplate.WriteUrl(text, ref sink);
        }
        else
        {
            MessageTemplate.Write(text, ref sink);
        }

        var hash = _text.GetCurrentHashAsUInt128();
        if (remembered.Count < MaxRemembered)
        {
            remembered[text] = hash;
        }

        return hash;
    }

    private void AppendHash(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        _hash.Append(bytes);
    }

    private bool Null(string? text)
    {
        Separator();
        if (text is null)
        {
            Append([NullValue]);
        }

        return text is null;
    }

    private void Separator() => Append([FieldSeparator]);

    private void Append(ReadOnlySpan<char> text) => _hash.Append(MemoryMarshal.AsBytes(text));

    private readonly struct Sink(XxHash128 hash) : MessageTemplate.ISink
    {
        public void Text(ReadOnlySpan<char> text) => hash.Append(MemoryMarshal.AsBytes(text));

        public void Variable() => hash.Append(MemoryMarshal.AsBytes<char>([VariableToken]));
    }
}
