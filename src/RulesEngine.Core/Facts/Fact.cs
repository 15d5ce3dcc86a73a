namespace RulesEngine.Core.Facts;

/// <summary>Base of every fact the engine reasons about; each fact knows the evidence it came from.</summary>
/// <remarks>Facts are records: NRules compares fact identity by equality, so two facts with the same values and
/// the same evidence are one fact.</remarks>
public abstract record Fact
{
    /// <summary>Where the fact was found (its first occurrence); inferred facts carry the evidence of the first fact they
    /// were inferred from.</summary>
    public required Evidence Evidence { get; init; }

    /// <summary>How often its input repeated it, and where it occurred last.</summary>
    internal Occurrences Seen { get; init; } = Occurrences.Once;

    /// <summary>True when every occurrence of the fact in its input is in quoted mail history (a <c>&gt; </c> line or below a
    /// reply header): an older message of a forwarded thread. The <c>quoted</c> field of every kind.</summary>
    public bool Quoted { get; init; }

    /// <summary>How many times the fact occurred in its input; the <c>count</c> field of every kind.</summary>
    public int Count => Seen.Count;

    /// <summary>Its first and, when repeated, its last occurrence.</summary>
    public IEnumerable<Evidence> SeenAt => Seen.Last is { } last ? [Evidence, last] : [Evidence];
}
