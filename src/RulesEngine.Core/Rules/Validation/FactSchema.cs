using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Rules.Validation;

/// <summary>The fact kinds a knowledge base's rules can match: the built-in ones and those its rules infer.</summary>
public sealed class FactSchema(IReadOnlyDictionary<string, FactKind> inferred)
{
    /// <summary>The kinds that rules infer, by name.</summary>
    public IReadOnlyDictionary<string, FactKind> Inferred { get; } = inferred;

    /// <summary>Every kind name, built-in first.</summary>
    public IEnumerable<string> Names => FactCatalog.BuiltIn.Keys.Concat(Inferred.Keys);

    /// <summary>The kind with this name, or null.</summary>
    public FactKind? Find(string name) =>
        FactCatalog.BuiltIn.GetValueOrDefault(name) ?? Inferred.GetValueOrDefault(name);
}
