using NRules;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Translation;

namespace RulesEngine.Core.Inference.Explain;

/// <summary>Explains a diagnosis: runs the rules' probes (one per top-level condition) over the diagnosis's facts,
/// extracted and inferred, and combines them with the rules' firings.</summary>
internal static class ExplainRunner
{
    public static Explanation Run(KnowledgeBase knowledgeBase, ISessionFactory probes, Diagnosis diagnosis)
    {
        var held = new Dictionary<string, List<Evidence>>(StringComparer.Ordinal);
        var session = probes.CreateSession();
        session.Events.RuleFiredEvent += (_, e) =>
        {
            var info = (ProbeInfo)e.Rule.Properties[ProbeInfo.PropertyName]!;
            var own = MatchedFact.From(e.Facts).Where(m => !info.Prerequisites.Contains(m.Binding)).Select(m => m.Fact.Evidence);
            var evidence = held.TryGetValue(info.Name, out var list) ? list : held[info.Name] = [];
            evidence.AddRange(own.Where(x => !evidence.Contains(x)));
        };
        using (DiagnosisClock.At(diagnosis.Now))
        {
            session.TryInsertAll(diagnosis.Facts);
            session.Fire();
        }

        var traces = knowledgeBase.Rules.Select(rule => Trace(rule, diagnosis, held)).ToList();
        return new Explanation(diagnosis, traces);
    }

    private static RuleTrace Trace(RuleNode rule, Diagnosis diagnosis, Dictionary<string, List<Evidence>> held)
    {
        var firings = diagnosis.Fired.Where(f => f.RuleId == rule.Id.Value).ToList();
        var questions = rule.Conclusion is FindingConclusion finding ? finding.Questions : [];
        var conditions = new List<ConditionTrace>();
        foreach (var (section, list) in new[] { ("when", rule.When), ("confirm", rule.Confirm) })
        {
            for (var i = 0; i < list.Count; i++)
            {
                var name = $"probe:{rule.Id.Value}:{section}:{i}";
                var evidence = held.GetValueOrDefault(name);
                IReadOnlyList<string> ask = list[i] is FactCondition { Ask: { } own } ? [own.Value.Text] : section == "confirm" ? [.. questions.Select(q => q.Value.Text)] : [];
                conditions.Add(new ConditionTrace(section, list[i].Span, list[i].Text, evidence is not null, evidence ?? [], ask));
            }
        }

        // A rule nearly matched when a fact satisfied one of its 'when' patterns; an absence alone holds for almost any ticket.
        var nearly = rule.When.Where((c, i) => c is not AbsentCondition && conditions[i].Held).Any();
        var outcome = firings.Count == 0 && rule.Conclusion is FindingConclusion { Family: not null } && conditions.All(c => c.Held)
            ? RuleOutcome.Standby
            : Outcome(rule, firings, nearly);
        return new RuleTrace(rule, outcome, firings, conditions);
    }

    private static RuleOutcome Outcome(RuleNode rule, List<FiredRule> firings, bool nearly) =>
        firings.Count > 0
            ? rule.Conclusion is InferConclusion ? RuleOutcome.Inferred
                : firings.Exists(f => f.Rule.Status == FindingStatus.Confirmed) ? RuleOutcome.Confirmed
                : RuleOutcome.Suspected
            : nearly ? RuleOutcome.NearMiss
            : RuleOutcome.NotMatched;
}
