using System.Collections.Immutable;
using System.Text.RegularExpressions;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Questions;
using RulesEngine.Core.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Rules.Reading;

internal static partial class RuleDocumentReader
{
    private static readonly string[] QuestionKeys = ["id", "text", "answer"];

    private static readonly string[] AnswerKeys = ["one-of", "value"];

    /// <summary>The questions of an <c>ask:</c>: one question or a list of them.</summary>
    private static IReadOnlyList<Located<Question>> ReadQuestions(YamlNodes nodes, YamlNode node) =>
        node is YamlSequenceNode sequence
            ? [.. sequence.Children.Select(c => ReadQuestion(nodes, c)).OfType<Located<Question>>()]
            : ReadQuestion(nodes, node) is { } one ? [one] : [];

    /// <summary>A question: a plain text (no id, free-text answer), or <c>{ id, text, answer }</c> whose answer is
    /// <c>yes-no</c>, <c>{ one-of: [a, b] }</c> or <c>{ value: date|role|certificate|text }</c>.</summary>
    private static Located<Question>? ReadQuestion(YamlNodes nodes, YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            return nodes.Text(node, "a question") is { } plain ? new Located<Question>(Question.Plain(plain.Value), plain.Span) : null;
        }

        nodes.RejectUnknownKeys(mapping, QuestionKeys, "a question");
        var id = QuestionPart(nodes, mapping, "id");
        if (id is not null && !QuestionIdPattern().IsMatch(id.Value))
        {
            nodes.Bag.Error(DiagnosticCode.InvalidQuestion, id.Span, $"question id '{id.Value}' must be kebab-case (lower-case letters, digits and dashes): answers name it");
            id = null;
        }

        var text = QuestionPart(nodes, mapping, "text");
        var answer = YamlNodes.Get(mapping, "answer") is { } answerNode ? ReadAnswerType(nodes, answerNode) : MissingAnswer(nodes, mapping);
        return id is null || text is null || answer is null
            ? null
            : new Located<Question>(new Question(id.Value, text.Value, answer.Value.Type, answer.Value.Options), nodes.Span(mapping));
    }

    private static Located<string>? QuestionPart(YamlNodes nodes, YamlMappingNode mapping, string key)
    {
        if (YamlNodes.Get(mapping, key) is { } node)
        {
            return nodes.Text(node, $"a question's '{key}'");
        }

        nodes.Bag.Error(DiagnosticCode.InvalidQuestion, nodes.Span(mapping), $"a question written as a mapping needs '{key}': {{ id: kebab-case-id, text: \"...\", answer: yes-no }}");
        return null;
    }

    private static (AnswerType Type, ImmutableArray<string> Options)? MissingAnswer(YamlNodes nodes, YamlMappingNode mapping)
    {
        nodes.Bag.Error(DiagnosticCode.InvalidQuestion, nodes.Span(mapping), "a question with an id needs 'answer': yes-no, { one-of: [a, b] } or { value: date|role|certificate|text }");
        return null;
    }

    private static (AnswerType Type, ImmutableArray<string> Options)? ReadAnswerType(YamlNodes nodes, YamlNode node)
    {
        const string Expected = "expected yes-no, { one-of: [a, b, …] } or { value: date|role|certificate|text }";
        if (node is YamlScalarNode { Value: "yes-no" })
        {
            return (AnswerType.YesNo, [.. AnswerTypes.YesNo]);
        }

        if (node is not YamlMappingNode { Children.Count: 1 } mapping)
        {
            nodes.Error(DiagnosticCode.UnknownAnswerType, node, $"unknown answer type '{nodes.SourceText(node)}': {Expected}");
            return null;
        }

        var (key, value) = mapping.Children.Single();
        switch (YamlNodes.KeyText(key))
        {
            case "one-of":
                return ReadOptions(nodes, value);
            case "value" when value is YamlScalarNode { Value: { } name } && AnswerTypes.Values.TryGetValue(name, out var type):
                return (type, []);
            case "value":
                nodes.Error(DiagnosticCode.UnknownAnswerType, value, $"unknown answer value type '{nodes.SourceText(value)}': expected one of {string.Join(", ", AnswerTypes.Values.Keys.Order(StringComparer.Ordinal))}");
                return null;
            default:
                nodes.Error(DiagnosticCode.UnknownAnswerType, key, $"unknown answer type '{YamlNodes.KeyText(key)}': {Expected}.{Suggestions.DidYouMean(YamlNodes.KeyText(key), AnswerKeys)}");
                return null;
        }
    }

    private static (AnswerType Type, ImmutableArray<string> Options)? ReadOptions(YamlNodes nodes, YamlNode node)
    {
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            nodes.Error(DiagnosticCode.InvalidQuestion, node, "'one-of' lists the answers the question accepts (at least one): { one-of: [external-certificate, certificate] }");
            return null;
        }

        var options = new List<string>();
        foreach (var child in sequence.Children)
        {
            if (nodes.Text(child, "an answer option") is not { } option)
            {
                return null;
            }

            if (options.Contains(option.Value, StringComparer.OrdinalIgnoreCase))
            {
                nodes.Error(DiagnosticCode.InvalidQuestion, child, $"answer option '{option.Value}' is listed twice");
                return null;
            }

            options.Add(option.Value);
        }

        return (AnswerType.OneOf, [.. options]);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex QuestionIdPattern();
}
