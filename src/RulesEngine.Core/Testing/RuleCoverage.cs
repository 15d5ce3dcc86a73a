using System.Collections.Frozen;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Testing;

/// <summary>Which rules the passing cases cover. Firing is not enough (a case that fires a rule and asserts nothing
/// about it proves nothing): a finding rule is covered when a passing case expects the finding it concluded and a
/// passing case asserts its article absent; an infer rule when a passing case expects a fact it inferred
/// (<c>inferred:</c>, or an expected finding resting on it) and a passing case in which it did not fire forbids its
/// kind (<c>not-inferred:</c>) or asserts absent an article that rests on its kind.</summary>
internal static class RuleCoverage
{
    public static IReadOnlyList<UncoveredRule> Uncovered(IReadOnlyList<RuleNode> rules, IReadOnlyList<RuleTestResult> results)
    {
        var passed = results.Where(r => r.Passed && r.Diagnosis is not null).ToList();
        var downstream = DownstreamArticles(rules);

        // Which rules each case fired, once: a knowledge base of thousands of rules asks for every rule.
        var firedBy = results.ToDictionary(r => r, r => r.Diagnosis?.Fired.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal) ?? []);
        var uncovered = new List<UncoveredRule>();
        foreach (var rule in rules)
        {
            var id = rule.Id.Value;
            var articles = rule.Conclusion is FindingConclusion finding ? [finding.Article.Value] : downstream[id];
            if (!results.Any(r => firedBy[r].Contains(id)))
            {
                uncovered.Add(new UncoveredRule(rule, "fired by no case"));
            }
            else if (!passed.Any(r => Asserted(r, rule)))
            {
                uncovered.Add(new UncoveredRule(rule, rule.Conclusion is FindingConclusion
                    ? "no passing case expects the finding it concludes"
                    : "no passing case expects the fact it infers ('inferred:', or an expected finding resting on it)"));
            }
            else if (!passed.Any(r => AssertsAbsent(r, rule, articles) && !firedBy[r].Contains(id)))
            {
                uncovered.Add(new UncoveredRule(rule, rule.Conclusion is FindingConclusion
                    ? $"no passing case asserts it absent ('absent: {articles.First()}' or 'no-findings')"
                    : $"no passing case in which it does not fire asserts it absent ('not-inferred:'{string.Concat(articles.Select(a => ", 'absent: " + a + "'"))} or 'no-findings')"));
            }
        }

        return uncovered;
    }

    // The case expects a finding this rule concluded, a fact it inferred, or a finding that rests (at any depth) on one.
    private static bool Asserted(RuleTestResult result, RuleNode rule)
    {
        var id = rule.Id.Value;
        if (rule.Conclusion is FindingConclusion { Family: { } family })
        {
            return result.Case.Family == family.Value && result.Diagnosis!.Findings.Any(f => f.Finding.RuleId == id);
        }

        var inferred = result.Diagnosis!.Facts.OfType<InferredFact>().Where(f => f.RuleIds.Contains(id)).ToList();
        return result.Case.Inferred.Any(e => inferred.Exists(e.Matches))
            || result.Case.Expect
                .Select(e => result.Diagnosis.Findings.FirstOrDefault(f => f.Finding.Article == e.Article)?.Finding)
                .OfType<Finding>()
                .Any(f => f.RuleId == id || f.Facts.Any(m => InferredBy(m.Fact, id)));
    }

    private static bool InferredBy(Fact fact, string ruleId) =>
        fact is InferredFact inferred && (inferred.RuleIds.Contains(ruleId) || inferred.Values.Values.OfType<Fact>().Any(f => InferredBy(f, ruleId)));

    // A family's guess is judged only by 'no-findings' and by 'family:' naming another family ('absent' ignores guesses).
    private static bool AssertsAbsent(RuleTestResult result, RuleNode rule, IReadOnlyCollection<string> articles) =>
        result.Case.NoFindings
        || (rule.Conclusion is FindingConclusion { Family: { } family }
            ? result.Case.Family is { } other && other != family.Value
            : result.Case.Absent.Any(articles.Contains))
        || (rule.Conclusion is InferConclusion infer && result.Case.NotInferred.Any(e => e.Kind == infer.Kind.Value));

    // For each infer rule, the articles of the finding rules that use the kind it infers, directly or through other
    // inferred kinds.
    private static FrozenDictionary<string, IReadOnlyCollection<string>> DownstreamArticles(IReadOnlyList<RuleNode> rules)
    {
        var usedBy = rules.SelectMany(r => r.When.Concat(r.Confirm).SelectMany(ConditionPatterns.Of).Select(p => (Kind: p.Kind.Value, Rule: r)))
            .ToLookup(x => x.Kind, x => x.Rule, StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var rule in rules.Where(r => r.Conclusion is InferConclusion))
        {
            var articles = new SortedSet<string>(StringComparer.Ordinal);
            var kinds = new Queue<string>([((InferConclusion)rule.Conclusion).Kind.Value]);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (kinds.TryDequeue(out var kind))
            {
                if (!seen.Add(kind))
                {
                    continue;
                }

                foreach (var user in usedBy[kind])
                {
                    switch (user.Conclusion)
                    {
                        case FindingConclusion finding:
                            articles.Add(finding.Article.Value);
                            break;
                        case InferConclusion infer:
                            kinds.Enqueue(infer.Kind.Value);
                            break;
                    }
                }
            }

            result[rule.Id.Value] = articles;
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
