using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Testing;

/// <summary>Which declared look-alike pairs the passing cases test together. A pair (a cause and the article it yields
/// to) is tested when one passing case fires a rule of the cause that declares it, finds the look-alike, and asserts
/// both articles (each in <c>expect</c> or <c>absent</c>): the case then checks how the two are told apart.</summary>
internal static class LookAlikeCoverage
{
    /// <summary>Every declared pair, and the ones no passing case tests.</summary>
    public static (int Pairs, IReadOnlyList<UntestedLookAlike> Untested) Measure(IReadOnlyList<RuleNode> rules, IReadOnlyList<RuleTestResult> results)
    {
        // (article, look-alike) → the rules that declare it, and where it is first written.
        var pairs = new Dictionary<(string Article, string LookAlike), (HashSet<string> Rules, Diagnostics.SourceSpan Span)>();
        foreach (var rule in rules)
        {
            if (rule.Conclusion is not FindingConclusion finding)
            {
                continue;
            }

            foreach (var entry in finding.YieldsTo)
            {
                var key = (finding.Article.Value, entry.Article.Value);
                if (!pairs.TryGetValue(key, out var declared))
                {
                    pairs[key] = declared = (new HashSet<string>(StringComparer.Ordinal), entry.Article.Span);
                }

                declared.Rules.Add(rule.Id.Value);
            }
        }

        var passed = results.Where(r => r.Passed && r.Diagnosis is not null).Select(r => (
            Fired: r.Diagnosis!.Fired.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal),
            Found: r.Diagnosis.Findings.Select(f => f.Finding.Article).ToHashSet(StringComparer.Ordinal),
            Asserted: r.Case.Expect.Select(e => e.Article).Concat(r.Case.Absent).ToHashSet(StringComparer.Ordinal))).ToList();
        var untested = pairs
            .Where(p => !passed.Exists(c => c.Asserted.Contains(p.Key.Article) && c.Asserted.Contains(p.Key.LookAlike)
                && c.Found.Contains(p.Key.LookAlike) && p.Value.Rules.Overlaps(c.Fired)))
            .Select(p => new UntestedLookAlike(p.Value.Span, p.Key.Article, p.Key.LookAlike))
            .OrderBy(u => u.Span.Path, StringComparer.Ordinal).ThenBy(u => u.Span.Line).ThenBy(u => u.Span.Column)
            .ToList();
        return (pairs.Count, untested);
    }
}
