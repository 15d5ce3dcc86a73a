namespace RulesEngine.Core.Facts;

/// <summary>How often one input said the same thing: a repeated symptom is one fact that counts its repeats.</summary>
/// <param name="Count">How many times the fact occurred in its input (at least 1).</param>
/// <param name="Last">Where it occurred last; null when it occurred once (then the fact's own evidence is all there is).</param>
/// <param name="LastTime">When it occurred last, for facts that carry a time (log records); null otherwise.</param>
internal sealed record Occurrences(int Count, Evidence? Last = null, DateTimeOffset? LastTime = null)
{
    /// <summary>A fact seen once.</summary>
    public static Occurrences Once { get; } = new(1);
}
