using System.Collections.Immutable;
using NRules.RuleModel;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>What compiled rules do when they fire. Conclusions are NRules linked facts: when a fact they rest on
/// is retracted, they are retracted too.</summary>
internal static class RuleActions
{
    private const string LinkKey = "conclusion";

    /// <summary>Concludes the finding of the firing rule from the current match; the confirming condition's facts come first.</summary>
    public static void Conclude(IContext context)
    {
        var info = Info(context);
        var confirming = info.Confirming;
        var conclusion = (FindingConclusion)info.Rule.Conclusion;
        var confirmed = info.Status == Inference.FindingStatus.Confirmed;
        var matched = MatchedFact.Bounded(
            [.. Matched(context).OrderBy(m => confirming.Contains(m.Binding) ? 0 : 1)],
            Finding.MaxFactsPerBinding,
            out var omitted,
            out var combinations);
        var finding = new Finding(
            conclusion.Article.Value,
            info.Rule.Id.Value,
            confirmed ? Inference.FindingStatus.Confirmed : Inference.FindingStatus.Suspected,
            confirmed ? conclusion.Confirmed.Value : conclusion.Suspected.Value,
            confirmed ? [] : Questions(info.Rule, conclusion),
            matched,
            combinations,
            omitted)
        {
            Family = conclusion.Family?.Value,
        };
        Link(context, finding);
    }

    /// <summary>Claims a fact from the current match; <see cref="InferenceMerge"/> makes the claims of equal facts one fact.</summary>
    public static void Infer(IContext context) => Link(context, new InferenceClaim(Inferred(Info(context), Matched(context))));

    private static CompiledRuleInfo Info(IContext context) => (CompiledRuleInfo)context.Rule.Properties[CompiledRuleInfo.PropertyName]!;

    /// <summary>The fact an infer rule concludes from <paramref name="matched"/>: its values read from the matched facts,
    /// its evidence that of the first of them.</summary>
    internal static InferredFact Inferred(CompiledRuleInfo info, IReadOnlyList<MatchedFact> matched)
    {
        var byBinding = matched.DistinctBy(m => m.Binding, StringComparer.Ordinal).ToDictionary(m => m.Binding, m => m.Fact, StringComparer.Ordinal);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var value in info.Values)
        {
            fields[value.Field] = value.Binding is null ? value.Literal
                : !byBinding.TryGetValue(value.Binding, out var fact) ? null
                : value.Source is null ? fact
                : Normalize(value.Source.Get(fact));
        }

        var kind = ((InferConclusion)info.Rule.Conclusion).Kind.Value;
        return new InferredFact(kind, fields.ToImmutableSortedDictionary(StringComparer.Ordinal))
        {
            Evidence = matched[0].Fact.Evidence,
            RuleIds = [info.Rule.Id.Value],
        };
    }

    /// <summary>What to ask while suspected: the rule's questions, then those attached to its confirm items.</summary>
    private static IReadOnlyList<Questions.Question> Questions(RuleNode rule, FindingConclusion conclusion) =>
    [
        .. conclusion.Questions.Select(q => q.Value)
            .Concat(rule.Confirm.SelectMany(ConditionPatterns.Of).Select(c => c.Ask?.Value).OfType<Questions.Question>())
            .Distinct(),
    ];

    private static List<MatchedFact> Matched(IContext context) => MatchedFact.From(context.Match.Facts);

    // An action runs again when its match is reactivated: update the linked fact instead of inserting it twice.
    private static void Link(IContext context, object conclusion)
    {
        if (context.GetLinked(LinkKey) is null)
        {
            context.InsertLinked(LinkKey, conclusion);
        }
        else
        {
            context.UpdateLinked(LinkKey, conclusion);
        }
    }

    // Numbers are stored as double so conditions on inferred facts compare like with like.
    private static object? Normalize(object? value) => value switch
    {
        int i => (double)i,
        long l => (double)l,
        _ => value,
    };
}
