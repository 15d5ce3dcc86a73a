using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Validation;

/// <summary>Checks rule documents against the fact catalog, the operator catalog and the knowledge base's articles,
/// reporting every problem with its position. Returns the schema (built-in and inferred kinds) the rules were checked against.</summary>
internal static partial class RuleValidator
{
    private static readonly string[] Statuses = ["suspected", "confirmed"];

    /// <summary>Validates all documents together (ids are unique across files; inferred kinds are shared).</summary>
    public static FactSchema Validate(IReadOnlyList<RuleDocument> documents, IReadOnlySet<string> articleIds, DiagnosticBag bag)
    {
        var rules = documents.SelectMany(d => d.Rules).ToList();
        var (signal, signalNames) = CheckSignals(documents.SelectMany(d => d.Signals), bag);
        var schema = new FactSchema(InferredKindCollector.Collect(rules, bag), signal, signalNames);
        var seen = new Dictionary<string, RuleNode>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            CheckId(rule, seen, bag);
            var scope = ImmutableDictionary<string, FactKind>.Empty;
            var bindings = new HashSet<string>(StringComparer.Ordinal);
            scope = CheckConditions(rule.When, scope, bindings, schema, bag);
            CheckConditions(rule.Confirm, scope, bindings, schema, bag);
            CheckJoins(rule, bag);
            switch (rule.Conclusion)
            {
                case FindingConclusion finding:
                    CheckFinding(rule, finding, articleIds, bag);
                    break;
                case InferConclusion infer:
                    CheckInfer(infer, scope, bag);
                    break;
            }
        }

        CheckInferenceCycles(rules, schema, bag);
        CheckYields(rules, articleIds, bag);
        CheckForeignExclusions(documents, bag);
        CheckQuestions(rules, bag);
        return schema;
    }

    private static void CheckId(RuleNode rule, Dictionary<string, RuleNode> seen, DiagnosticBag bag)
    {
        if (!IdPattern().IsMatch(rule.Id.Value))
        {
            bag.Error(DiagnosticCode.InvalidId, rule.Id.Span, $"rule id '{rule.Id.Value}' must be kebab-case: lower-case letters, digits and dashes");
        }

        if (seen.TryGetValue(rule.Id.Value, out var first))
        {
            bag.Error(DiagnosticCode.DuplicateRuleId, rule.Id.Span, $"rule id '{rule.Id.Value}' is already used at {first.Id.Span.Path}({first.Id.Span.Line},{first.Id.Span.Column}): rule ids must be unique");
            return;
        }

        seen[rule.Id.Value] = rule;
    }

    private static void CheckFinding(RuleNode rule, FindingConclusion finding, IReadOnlySet<string> articleIds, DiagnosticBag bag)
    {
        if (!articleIds.Contains(finding.Article.Value))
        {
            bag.Error(DiagnosticCode.UnknownArticle, finding.Article.Span, $"article '{finding.Article.Value}' does not exist: add kb/articles/{finding.Article.Value}.md or fix the id.{Suggestions.DidYouMean(finding.Article.Value, articleIds)}");
        }

        if (finding.Status is { } status)
        {
            if (!Statuses.Contains(status.Value))
            {
                bag.Error(DiagnosticCode.InvalidValue, status.Span, $"status '{status.Value}' is not 'suspected' or 'confirmed'");
            }
            else if (rule.Confirm.Count > 0)
            {
                bag.Error(DiagnosticCode.InvalidConclusion, status.Span, "a rule with a 'confirm' list gets its status from it: remove 'status'");
            }
        }

        foreach (var confidence in new[] { finding.Suspected, finding.Confirmed }.DistinctBy(c => c.Span))
        {
            if (confidence.Value is < 0 or > 1 || double.IsNaN(confidence.Value))
            {
                bag.Error(DiagnosticCode.InvalidConfidence, confidence.Span, $"confidence {confidence.Value} is outside 0..1");
            }
        }

        if (finding.Suspected.Value > finding.Confirmed.Value)
        {
            bag.Error(DiagnosticCode.InvalidConfidence, finding.Suspected.Span, "the suspected confidence is higher than the confirmed one");
        }
    }

    private static void CheckInfer(InferConclusion infer, ImmutableDictionary<string, FactKind> scope, DiagnosticBag bag)
    {
        foreach (var assignment in infer.Fields)
        {
            if (!IdentifierPattern().IsMatch(assignment.Field.Value))
            {
                bag.Error(DiagnosticCode.InvalidId, assignment.Field.Span, $"field name '{assignment.Field.Value}' must be snake_case: lower-case letters, digits and underscores");
            }

            if (assignment.Value is ReferenceOperand reference)
            {
                ResolveReference(reference, scope, bag, allowWholeFact: true);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
