using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Inference;

/// <summary>A fact a rule matched, under the binding name the rule gave it (or <c>_N</c> when it gave none).</summary>
public sealed record MatchedFact(string Binding, Fact Fact)
{
    /// <summary>True when the rule author named the binding (<c>as: name</c>).</summary>
    public bool IsNamed => !Binding.StartsWith('_');
}
