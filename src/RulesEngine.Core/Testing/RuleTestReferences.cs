using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Testing;

/// <summary>The article and rule ids a test case names that the knowledge base does not have, each with a
/// did-you-mean.</summary>
internal static class RuleTestReferences
{
    public static List<string> Unknown(RuleTestCase testCase, KnowledgeBase knowledgeBase) =>
        [.. UnknownDiagnostics(testCase, knowledgeBase).Select(d => d.ToString())];

    public static List<Diagnostic> UnknownDiagnostics(RuleTestCase testCase, KnowledgeBase knowledgeBase)
    {
        var articles = knowledgeBase.Articles.Keys;
        var rules = knowledgeBase.Rules.Select(r => r.Id.Value).ToHashSet(StringComparer.Ordinal);
        var unknown = new List<Diagnostic>();
        foreach (var expected in testCase.Expect)
        {
            if (!knowledgeBase.Articles.ContainsKey(expected.Article))
            {
                unknown.Add(Diagnostic.Error(DiagnosticCode.UnknownArticle, expected.Span, $"expect names article '{expected.Article}', which the knowledge base does not have.{Suggestions.DidYouMean(expected.Article, articles)}"));
            }

            if (expected.Rule is { } rule && !rules.Contains(rule))
            {
                unknown.Add(Diagnostic.Error(DiagnosticCode.InvalidValue, expected.Span, $"expect names rule '{rule}', which the knowledge base does not have.{Suggestions.DidYouMean(rule, rules)}"));
            }
        }

        var kinds = knowledgeBase.Schema.Inferred;
        foreach (var (key, expected) in testCase.Inferred.Select(e => ("inferred", e)).Concat(testCase.NotInferred.Select(e => ("not-inferred", e))))
        {
            if (!kinds.TryGetValue(expected.Kind, out var kind))
            {
                unknown.Add(Diagnostic.Error(DiagnosticCode.UnknownFactKind, expected.Span, $"{key} names fact '{expected.Kind}', which no rule infers.{Suggestions.DidYouMean(expected.Kind, kinds.Keys)}"));
                continue;
            }

            foreach (var field in expected.Fields.Keys.Where(f => !kind.Fields.ContainsKey(f)))
            {
                unknown.Add(Diagnostic.Error(DiagnosticCode.UnknownField, expected.Span, $"{key}: '{expected.Kind}' has no field '{field}'.{Suggestions.DidYouMean(field, kind.Fields.Keys)}"));
            }
        }

        foreach (var (key, expected) in testCase.Extracted.Select(e => ("facts", e)).Concat(testCase.NotExtracted.Select(e => ("no-facts", e))))
        {
            unknown.AddRange(UnknownExtracted(key, expected, knowledgeBase.Schema));
        }

        if (testCase.Family is { } family && !knowledgeBase.Families.ContainsKey(family))
        {
            unknown.Add(Diagnostic.Error(DiagnosticCode.InvalidValue, testCase.Span, $"family '{family}' is not a family of the knowledge base ('families:' in a rule file).{Suggestions.DidYouMean(family, knowledgeBase.Families.Keys)}"));
        }

        foreach (var answer in testCase.Answers)
        {
            if (knowledgeBase.CheckAnswers([new(answer.Question, answer.Value)]).Errors is [var error, ..])
            {
                var code = knowledgeBase.Questions.ById.ContainsKey(answer.Question) ? DiagnosticCode.InvalidAnswerValue : DiagnosticCode.UnknownQuestion;
                unknown.Add(Diagnostic.Error(code, answer.Span, error));
            }
        }

        foreach (var article in testCase.Absent.Where(a => !knowledgeBase.Articles.ContainsKey(a)))
        {
            unknown.Add(Diagnostic.Error(DiagnosticCode.UnknownArticle, testCase.Span, $"absent names article '{article}', which the knowledge base does not have.{Suggestions.DidYouMean(article, articles)}"));
        }

        return unknown;
    }

    // An extracted kind is a built-in one; a signal's name must be one the rule files declare.
    private static IEnumerable<Diagnostic> UnknownExtracted(string key, ExpectedFact expected, FactSchema schema)
    {
        if (schema.Find(expected.Kind) is not { IsInferred: false } kind)
        {
            yield return Diagnostic.Error(DiagnosticCode.UnknownFactKind, expected.Span, $"{key} names fact '{expected.Kind}', which is not an extracted kind.{Suggestions.DidYouMean(expected.Kind, FactCatalog.BuiltIn.Keys)}");
            yield break;
        }

        foreach (var field in expected.Fields.Keys.Where(f => !kind.Fields.ContainsKey(f)))
        {
            yield return Diagnostic.Error(DiagnosticCode.UnknownField, expected.Span, $"{key}: '{expected.Kind}' has no field '{field}'.{Suggestions.DidYouMean(field, kind.Fields.Keys)}");
        }

        if (kind.Name == "signal" && expected.Fields.TryGetValue("name", out var name) && !schema.SignalNames.Contains(name))
        {
            yield return Diagnostic.Error(DiagnosticCode.UnknownSignal, expected.Span, $"{key} names signal '{name}', which no rule file declares.{Suggestions.DidYouMean(name, schema.SignalNames)}");
        }
    }
}
