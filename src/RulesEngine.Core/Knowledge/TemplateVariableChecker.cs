using RulesEngine.Core.Diagnostics;
using Scriban.Functions;
using Scriban.Syntax;

namespace RulesEngine.Core.Knowledge;

/// <summary>Finds, at load time, the variables and members a template uses that its model will not have, so authors
/// learn of <c>{{ finding.statsu }}</c> from <c>triage validate</c> and not from a customer's ticket.</summary>
internal static class TemplateVariableChecker
{
    private static readonly HashSet<string> Builtins = [.. new BuiltinFunctions().Keys, "this", "empty", StepReferenceChecker.Function];

    public static void Check(Article article, IReadOnlyDictionary<string, TemplateShape> model, DiagnosticBag bag)
    {
        var nodes = Descendants(article.Body.Page).ToList();
        var locals = new Dictionary<string, TemplateShape>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ScriptForStatement { Variable: ScriptVariable variable } loop:
                    locals[variable.Name] = ShapeOf(loop.Iterator, model, locals, null)?.Element ?? TemplateShape.Open;
                    break;
                case ScriptAssignExpression { Target: ScriptVariable variable }:
                    locals[variable.Name] = TemplateShape.Open;
                    break;
                case ScriptFunction { NameOrDoToken: ScriptVariable name }:
                    locals[name.Name] = TemplateShape.Open;
                    break;
            }
        }

        var report = new Report(article, bag);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ScriptMemberExpression member when member.Parent is not ScriptMemberExpression:
                    ShapeOf(member, model, locals, report);
                    break;
                case ScriptVariableGlobal global when global.Parent is not ScriptMemberExpression { Member: var m } || !ReferenceEquals(m, global):
                    ShapeOf(global, model, locals, report);
                    break;
            }
        }
    }

    /// <summary>The shape of an expression, reporting unknown variables and members on the way (when <paramref name="report"/> is given).</summary>
    private static TemplateShape? ShapeOf(ScriptExpression? expression, IReadOnlyDictionary<string, TemplateShape> model, Dictionary<string, TemplateShape> locals, Report? report)
    {
        switch (expression)
        {
            case ScriptVariableGlobal global:
                if (locals.TryGetValue(global.Name, out var local) || model.TryGetValue(global.Name, out local))
                {
                    return local;
                }

                if (!Builtins.Contains(global.Name))
                {
                    report?.Unknown(global, $"the template uses '{global.Name}', which its model does not have.{Suggestions.DidYouMean(global.Name, model.Keys.Concat(locals.Keys))} The model has: {string.Join(", ", model.Keys)}");
                }

                return null;
            case ScriptMemberExpression { Member: { } member } access:
                var target = ShapeOf(access.Target, model, locals, report);
                if (target?.Members is not { } members)
                {
                    return null;
                }

                if (members.TryGetValue(member.Name, out var shape))
                {
                    return shape;
                }

                report?.Unknown(member, $"'{member.Name}' is not a member here.{Suggestions.DidYouMean(member.Name, members.Keys)} Members: {string.Join(", ", members.Keys)}");
                return null;
            default:
                return null;
        }
    }

    private static IEnumerable<ScriptNode> Descendants(ScriptNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        foreach (var child in node.Children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private sealed class Report(Article article, DiagnosticBag bag)
    {
        private readonly HashSet<(int, int)> _reported = [];

        public void Unknown(ScriptNode node, string message)
        {
            var span = TemplateSpans.ToFile(article.Path, article.BodyLine, node.Span);
            if (_reported.Add((span.Line, span.Column)))
            {
                bag.Error(DiagnosticCode.UnknownTemplateVariable, span, message);
            }
        }
    }
}
