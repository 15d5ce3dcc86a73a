using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Rules.Reading;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Testing;

internal static partial class RuleTestReader
{
    private static List<TicketInput>? ReadInputs(YamlNodes nodes, YamlMappingNode testCase, InputFolders folder)
    {
        if (YamlNodes.Get(testCase, "inputs") is not { } inputsNode || nodes.Sequence(inputsNode, "'inputs'") is not { } list)
        {
            nodes.Error(DiagnosticCode.MissingKey, testCase, "a test case needs 'inputs:': the ticket's texts or files");
            return null;
        }

        var inputs = new List<TicketInput>();
        foreach (var item in list.Children)
        {
            if (ReadInput(nodes, item, folder) is { } input)
            {
                inputs.Add(input);
            }
        }

        return inputs;
    }

    /// <summary><c>{ name, text }</c> inline, or <c>{ file }</c> relative to the test file (name defaults to the file name).</summary>
    private static TicketInput? ReadInput(YamlNodes nodes, YamlNode node, InputFolders folder)
    {
        if (nodes.Mapping(node, "an input") is not { } input)
        {
            return null;
        }

        nodes.RejectUnknownKeys(input, InputKeys, "an input");
        var name = YamlNodes.Get(input, "name") is { } nameNode ? nodes.Text(nameNode, "'name'")?.Value : null;
        var text = YamlNodes.Get(input, "text");
        var file = YamlNodes.Get(input, "file");
        if ((text is null) == (file is null))
        {
            nodes.Error(DiagnosticCode.InvalidValue, input, "an input has either 'text:' or 'file:'");
            return null;
        }

        if (text is not null)
        {
            var content = text is YamlScalarNode { Value: { } value } ? value : null;
            if (content is null || name is null)
            {
                nodes.Error(DiagnosticCode.InvalidValue, input, "an inline input needs 'name:' and a text 'text:'");
                return null;
            }

            return new TicketInput(name, content);
        }

        return ReadFile(nodes, file!, name, folder);
    }

    private static TicketInput? ReadFile(YamlNodes nodes, YamlNode node, string? name, InputFolders folder)
    {
        if (nodes.Text(node, "'file'") is not { } relative)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder.TestFile, relative.Value));
        if (!KnowledgePaths.IsInside(folder.Root, path))
        {
            nodes.Error(DiagnosticCode.InvalidValue, node,
                $"'{relative.Value}' leaves the knowledge base's rules folder: keep test inputs inside it (e.g. rules/fixtures/), so the knowledge base works wherever it is copied");
            return null;
        }

        try
        {
            if (new FileInfo(path).Length > MaxInputFileBytes)
            {
                nodes.Error(DiagnosticCode.FileTooLarge, node, $"'{relative.Value}' is larger than {MaxInputFileBytes:N0} bytes");
                return null;
            }

            return new TicketInput(name ?? Path.GetFileName(path), TextDecoder.Decode(File.ReadAllBytes(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            nodes.Error(DiagnosticCode.FileUnreadable, node, $"cannot read '{relative.Value}': {ex.Message}");
            return null;
        }
    }

    private static List<(string Input, int Line)> ReadEvidence(YamlNodes nodes, YamlNode node)
    {
        var result = new List<(string, int)>();
        if (nodes.Sequence(node, "'evidence'") is not { } list)
        {
            return result;
        }

        foreach (var item in list.Children)
        {
            if (nodes.Mapping(item, "an evidence item") is not { } evidence)
            {
                continue;
            }

            nodes.RejectUnknownKeys(evidence, ["input", "line"], "an evidence item");
            var input = YamlNodes.Get(evidence, "input") is { } inputNode ? nodes.Text(inputNode, "'input'")?.Value : null;
            var line = YamlNodes.Get(evidence, "line") is { } lineNode ? nodes.Number(lineNode, "'line'")?.Value : null;
            if (input is null || line is null)
            {
                nodes.Error(DiagnosticCode.MissingKey, evidence, "an evidence item needs 'input:' and 'line:'");
                continue;
            }

            result.Add((input, (int)line));
        }

        return result;
    }

    /// <summary>Where a test file's inputs are read from: relative to its own folder, and only inside the root.</summary>
    private sealed record InputFolders(string TestFile, string Root);
}
