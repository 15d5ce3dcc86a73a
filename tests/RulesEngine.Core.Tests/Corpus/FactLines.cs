using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Corpus;

/// <summary>Prints facts one per line, deterministically, for golden files: <c>kind(line,col) field=value …</c>, fields in
/// catalog order, text quoted with JSON escapes, times in UTC, fields without a value left out; a repeated fact ends with
/// <c>count=N last=(line,col)</c>, and the occurrence fields of a fact seen once (count 1, first and last seen) are left out;
/// <c>quoted=true</c> ends the line of a fact seen only in quoted mail history (false is left out).</summary>
internal static class FactLines
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The golden text of <paramref name="facts"/>: one line per fact, ending with a line break.</summary>
    public static string Format(IEnumerable<Fact> facts)
    {
        var text = new StringBuilder();
        foreach (var fact in facts)
        {
            text.Append(Format(fact)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One fact's line.</summary>
    public static string Format(Fact fact)
    {
        var line = new StringBuilder();
        var kind = FactCatalog.BuiltIn.Values.FirstOrDefault(k => k.ClrType == fact.GetType());
        line.Append(CultureInfo.InvariantCulture, $"{kind?.Name ?? fact.GetType().Name}({fact.Evidence.Line},{fact.Evidence.Column})");
        if (fact is Signal signal)
        {
            line.Append(" name=").Append(Value(signal.Name)).Append(" text=").Append(Value(signal.Text));
            foreach (var capture in signal.Captures.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                line.Append(' ').Append(capture.Key).Append('=').Append(Value(capture.Value));
            }

            return AppendRepeats(line, fact).ToString();
        }

        foreach (var field in kind?.Fields.Values.Where(f => f.Name is not ("count" or "first_seen" or "last_seen" or "quoted")) ?? [])
        {
            if (field.Get(fact) is { } value)
            {
                line.Append(' ').Append(field.Name).Append('=').Append(Value(value));
            }
        }

        return AppendRepeats(line, fact).ToString();
    }

    private static StringBuilder AppendRepeats(StringBuilder line, Fact fact)
    {
        if (fact.Seen.Last is { } last)
        {
            line.Append(CultureInfo.InvariantCulture, $" count={fact.Count} last=({last.Line},{last.Column})");
        }

        return fact.Quoted ? line.Append(" quoted=true") : line;
    }

    private static string Value(object value) => value switch
    {
        string text => JsonSerializer.Serialize(text, Quoting),
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value.ToString(), Quoting),
    };
}
