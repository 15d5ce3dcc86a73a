using System.Globalization;
using System.Text;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>Folds the repeats of one input's facts into one fact each: facts of a kind that agree on the kind's identity
/// fields (<see cref="FactKind.IdentityFields"/>) become the first of them, with the count, and the evidence and time of
/// the last. A trace log that repeats its failure on every retry gives one fact per symptom, whatever its length.</summary>
internal static class FactAggregator
{
    private static readonly Dictionary<Type, FactField[]> IdentityByType = FactCatalog.BuiltIn.Values
        .Where(k => !k.IsInferred)
        .ToDictionary(k => k.ClrType, k => k.IdentityFields.Select(f => k.Fields[f]).ToArray());

    /// <summary>The distinct facts of <paramref name="facts"/> (one input, in position order), each at its first occurrence.</summary>
    public static List<Fact> Aggregate(IEnumerable<Fact> facts, CancellationToken cancellation = default)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<(Fact First, int Count, Fact Last)>();
        var builder = new StringBuilder();
        var seen = 0;
        foreach (var fact in facts)
        {
            if ((++seen & 0x3FF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var key = KeyOf(fact, builder);
            if (groups.TryGetValue(key, out var index))
            {
                var group = distinct[index];
                distinct[index] = (group.First, group.Count + 1, fact);
            }
            else
            {
                groups.Add(key, distinct.Count);
                distinct.Add((fact, 1, fact));
            }
        }

        return [.. distinct.Select(d => d.Count == 1 ? d.First : d.First with
        {
            Seen = new Occurrences(d.Count, d.Last.Evidence, (d.Last as LogEntry)?.Time),
        })];
    }

    // The kind and each identity field's value, separated by a character no extracted text holds.
    private static string KeyOf(Fact fact, StringBuilder key)
    {
        key.Clear().Append(fact.GetType().Name);
        foreach (var field in IdentityByType[fact.GetType()])
        {
            key.Append('\u0001');
            switch (field.IdentityOf(fact))
            {
                case null:
                    key.Append('\u0002');
                    break;
                case IFormattable formattable:
                    key.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                    break;
                case var value:
                    key.Append(value);
                    break;
            }
        }

        return key.ToString();
    }
}
