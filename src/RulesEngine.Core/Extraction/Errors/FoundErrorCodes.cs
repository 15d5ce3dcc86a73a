using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Errors;

/// <summary>The error codes found in one input, one per position of the code; a body's code (json, xml) replaces a
/// plain word's (text) at the same position.</summary>
internal sealed class FoundErrorCodes(SourceText source)
{
    private readonly SortedDictionary<int, (ErrorCode Fact, bool FromBody)> _codes = [];

    /// <summary>The input.</summary>
    public SourceText Source => source;

    /// <summary>The input's text.</summary>
    public string Text => source.Content;

    /// <summary>Records <paramref name="code"/> found at <paramref name="offset"/>; an empty message counts as none.</summary>
    public void Add(int offset, string code, string? message, string format)
    {
        var fromBody = format != "text";
        if (code.Length == 0 || (_codes.TryGetValue(offset, out var known) && (known.FromBody || !fromBody)))
        {
            return;
        }

        var fact = new ErrorCode(code, message is { Length: > 0 } ? message : null, format) { Evidence = source.EvidenceAt(offset) };
        _codes[offset] = (fact, fromBody);
    }

    /// <summary>Adds the facts, in text order.</summary>
    public void AddTo(List<LocatedFact> facts)
    {
        foreach (var (offset, code) in _codes)
        {
            facts.Add(new LocatedFact(offset, code.Fact));
        }
    }
}
