using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Inference;

/// <summary>Turns facts into the plain dictionaries templates and JSON see: the catalog's field names, the kind and the evidence.</summary>
internal sealed class FactModel(FactSchema schema)
{
    private static readonly Dictionary<Type, FactKind> BuiltInByType =
        FactCatalog.BuiltIn.Values.ToDictionary(k => k.ClrType);

    /// <summary>Every kind the rules know, built-in and inferred.</summary>
    public IEnumerable<FactKind> Kinds => schema.Names.Select(n => schema.Find(n)!);

    /// <summary>The kind of a fact (built-in by type, inferred by name).</summary>
    public FactKind KindOf(Fact fact) => fact is InferredFact inferred
        ? schema.Find(inferred.Kind) ?? FactCatalog.Inferred(inferred.Kind, new Dictionary<string, FieldType>(), "")
        : schema.Find(BuiltInByType[fact.GetType()].Name)!;

    /// <summary>The fact as a dictionary: <c>kind</c>, each field by name (<c>count</c> among them), <c>evidence</c> (its first
    /// occurrence) and, when its input repeated it, <c>last_evidence</c>; facts held by inferred facts nest.</summary>
    public IReadOnlyDictionary<string, object?> ToDictionary(Fact fact)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["kind"] = KindOf(fact).Name };
        foreach (var (name, value) in Fields(fact))
        {
            result[name] = value;
        }

        result["evidence"] = EvidenceModel(fact.Evidence);
        if (fact.Seen.Last is { } last)
        {
            result["last_evidence"] = EvidenceModel(last);
        }

        return result;
    }

    /// <summary>The fact's fields by name (<c>count</c> among them), a held fact as its dictionary.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Fields(Fact fact)
    {
        var kind = KindOf(fact);
        IEnumerable<KeyValuePair<string, object?>> values = fact is InferredFact inferred ? inferred.Values : kind.Fields.Select(f => KeyValuePair.Create(f.Key, f.Value.Get(fact)));
        return values.Select(v => KeyValuePair.Create(v.Key, v.Value is Fact nested ? (object?)ToDictionary(nested) : v.Value));
    }

    /// <summary>Evidence as a dictionary: input, line, column, text.</summary>
    public static IReadOnlyDictionary<string, object?> EvidenceModel(Evidence evidence) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["input"] = evidence.Input,
        ["line"] = evidence.Line,
        ["column"] = evidence.Column,
        ["text"] = evidence.Text,
    };
}
