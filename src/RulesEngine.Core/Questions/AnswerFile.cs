using System.Collections.Immutable;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Questions;

/// <summary>An answers file (<c>triage diagnose --answers FILE</c>): a YAML or JSON map of question id to answer,
/// <c>{ "wfs-trace-line": "yes" }</c>. Read with the same limits as rule files (no aliases, bounded depth).</summary>
/// <param name="Answers">The answers, in file order.</param>
/// <param name="Errors">What is wrong with the file, each with its position; empty when it reads.</param>
public sealed record AnswerFile(ImmutableArray<KeyValuePair<string, string>> Answers, ImmutableArray<string> Errors)
{
    /// <summary>Reads the file named <paramref name="path"/> (in messages) whose text is <paramref name="text"/>.</summary>
    public static AnswerFile Read(string path, string text)
    {
        var bag = new DiagnosticBag();
        var answers = new List<KeyValuePair<string, string>>();
        if (SafeYamlReader.Read(path, text, bag) is { } root)
        {
            if (root is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { Length: > 0 } id } && value is YamlScalarNode { Value: { } answer })
                    {
                        answers.Add(KeyValuePair.Create(id, answer));
                    }
                    else
                    {
                        bag.Error(DiagnosticCode.UnexpectedNode, SafeYamlReader.Span(path, key), "an answer is 'question-id: value', the value a text");
                    }
                }
            }
            else
            {
                bag.Error(DiagnosticCode.UnexpectedNode, SafeYamlReader.Span(path, root), "an answers file is a map of question id to answer: { \"wfs-trace-line\": \"yes\" }");
            }
        }

        return new AnswerFile([.. answers], [.. bag.Items.Where(d => d.IsError).Select(d => d.ToString())]);
    }
}
