using RulesEngine.Core.Diagnostics;

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

        foreach (var article in testCase.Absent.Where(a => !knowledgeBase.Articles.ContainsKey(a)))
        {
            unknown.Add(Diagnostic.Error(DiagnosticCode.UnknownArticle, testCase.Span, $"absent names article '{article}', which the knowledge base does not have.{Suggestions.DidYouMean(article, articles)}"));
        }

        return unknown;
    }
}
