using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Rules.Validation;

/// <summary>The fact kinds a knowledge base's rules can match: the built-in ones (with <c>signal</c> carrying the
/// captures its signals declare) and those its rules infer.</summary>
internal sealed class FactSchema(IReadOnlyDictionary<string, FactKind> inferred, FactKind? signal = null, IReadOnlySet<string>? signalNames = null)
{
    /// <summary>A schema with the built-in kinds only.</summary>
    public static FactSchema BuiltIn { get; } = new(new Dictionary<string, FactKind>());

    /// <summary>The names of the declared signals.</summary>
    public IReadOnlySet<string> SignalNames { get; } = signalNames ?? new HashSet<string>();

    /// <summary>The kinds that rules infer, by name.</summary>
    public IReadOnlyDictionary<string, FactKind> Inferred { get; } = inferred;

    /// <summary>Every kind name, built-in first.</summary>
    public IEnumerable<string> Names => FactCatalog.BuiltIn.Keys.Concat(Inferred.Keys);

    /// <summary>The kind with this name, or null.</summary>
    public FactKind? Find(string name) => name == "signal" && signal is not null
        ? signal
        : FactCatalog.BuiltIn.GetValueOrDefault(name) ?? Inferred.GetValueOrDefault(name);
}
