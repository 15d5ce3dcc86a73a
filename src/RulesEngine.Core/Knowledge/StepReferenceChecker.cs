using RulesEngine.Core.Diagnostics;
using Scriban.Syntax;

namespace RulesEngine.Core.Knowledge;

/// <summary>Checks at load that every <c>applies "ID"</c> in a template names a step of the article's front matter
/// with a quoted id, so a typo is an error from <c>triage validate</c>, not a render failure on a customer's ticket.</summary>
internal static class StepReferenceChecker
{
    /// <summary>The template function that says which step applies to this ticket.</summary>
    public const string Function = "applies";

    public static void Check(string path, int bodyLine, ScriptPage page, IReadOnlyList<ArticleStep> steps, DiagnosticBag bag)
    {
        foreach (var call in Calls(page))
        {
            var span = TemplateSpans.ToFile(path, bodyLine, call.Span);
            if (call.Arguments.Count != 1 || call.Arguments[0] is not ScriptLiteral { Value: string id })
            {
                bag.Error(DiagnosticCode.UnknownStep, span, $"'{Function}' takes one step id in quotes, e.g. {{{{ {Function} \"{(steps.Count > 0 ? steps[0].Id : "step-id")}\" }}}}");
            }
            else if (!steps.Any(s => s.Id == id))
            {
                var known = steps.Count == 0 ? "the front matter lists no 'steps'" : "the front matter's steps are " + string.Join(", ", steps.Select(s => $"'{s.Id}'"));
                bag.Error(DiagnosticCode.UnknownStep, span, $"'{Function} \"{id}\"' names no step: {known}{Suggestions.DidYouMean(id, steps.Select(s => s.Id))}");
            }
        }
    }

    private static IEnumerable<ScriptFunctionCall> Calls(ScriptNode node)
    {
        if (node is ScriptFunctionCall { Target: ScriptVariable { Name: Function } } call)
        {
            yield return call;
        }

        foreach (var child in node.Children)
        {
            foreach (var descendant in Calls(child))
            {
                yield return descendant;
            }
        }
    }
}
