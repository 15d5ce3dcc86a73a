using System.Collections.Immutable;
using System.Globalization;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules.Reading;
using RulesEngine.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Testing;

/// <summary>Reads a rule-test file (<c>*.tests.yaml</c>) with positions; problems become diagnostics.</summary>
internal static partial class RuleTestReader
{
    /// <summary>The suffix that marks rule-test files; the rule loader skips them.</summary>
    public const string Suffix = ".tests.yaml";

    /// <summary>Largest input file a case may name, in bytes.</summary>
    public const long MaxInputFileBytes = 16 * 1024 * 1024;

    private static readonly string[] FileKeys = ["now", "cases"];
    private static readonly string[] CaseKeys = ["name", "now", "inputs", "expect", "absent", "inferred", "not-inferred", "facts", "no-facts", "questions", "no-findings", "family", "answers"];
    private static readonly string[] InputKeys = ["name", "text", "file"];
    private static readonly string[] ExpectKeys = ["article", "status", "confidence", "rule", "top", "evidence"];

    /// <summary>The time a case is judged at when neither the case nor its file says.</summary>
    public static DateTimeOffset DefaultNow { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Reads the file at <paramref name="source"/> (default: <paramref name="path"/>), named <paramref name="path"/>
    /// in diagnostics (its text is <paramref name="text"/>); its <c>file:</c> inputs must lie inside
    /// <paramref name="inputRoot"/> (default: the file's own folder).</summary>
    public static RuleTestFile Read(string path, string text, DiagnosticBag bag, string? inputRoot = null, string? source = null)
    {
        var root = SafeYamlReader.Read(path, text, bag);
        var nodes = new YamlNodes(path, bag);
        if (root is null || nodes.Mapping(root, "a rule-test file") is not { } file)
        {
            return new RuleTestFile(path, []);
        }

        nodes.RejectUnknownKeys(file, FileKeys, "a rule-test file");
        var now = YamlNodes.Get(file, "now") is { } nowNode ? ReadTime(nodes, nowNode) ?? DefaultNow : DefaultNow;
        if (YamlNodes.Get(file, "cases") is not { } casesNode || nodes.Sequence(casesNode, "'cases'") is not { } cases)
        {
            bag.Error(DiagnosticCode.MissingKey, nodes.Span(file), "a rule-test file needs a 'cases:' list");
            return new RuleTestFile(path, []);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(source ?? path)) ?? ".";
        var inputs = new InputFolders(folder, Path.GetFullPath(inputRoot ?? folder));
        return new RuleTestFile(path, [.. cases.Children.Select(c => ReadCaseOrProblems(nodes, c, now, inputs, bag)).OfType<RuleTestCase>()]);
    }

    // A case with any mistake in it (an unknown key, a bad value, an input that cannot be read) is not run: it counts as
    // failed with its positioned errors, so a typo can never pass as a green case.
    private static RuleTestCase? ReadCaseOrProblems(YamlNodes nodes, YamlNode node, DateTimeOffset fileNow, InputFolders folder, DiagnosticBag bag)
    {
        var before = bag.Items.Count;
        var testCase = ReadCase(nodes, node, fileNow, folder);
        var problems = bag.Items.Skip(before).Where(d => d.IsError).Select(d => d.ToString()).ToList();
        if (problems.Count == 0)
        {
            return testCase;
        }

        var span = nodes.Span(node);
        var name = testCase?.Name ?? (node is YamlMappingNode mapping && YamlNodes.Get(mapping, "name") is YamlScalarNode { Value: { } text }
            ? text
            : $"the case at line {span.Line}");
        return new RuleTestCase(span, name, fileNow, [], [], [], [], false) { Problems = problems };
    }

    private static RuleTestCase? ReadCase(YamlNodes nodes, YamlNode node, DateTimeOffset fileNow, InputFolders folder)
    {
        if (nodes.Mapping(node, "a test case") is not { } testCase)
        {
            return null;
        }

        nodes.RejectUnknownKeys(testCase, CaseKeys, "a test case");
        var name = YamlNodes.Get(testCase, "name") is { } nameNode ? nodes.Text(nameNode, "'name'")?.Value : null;
        if (name is null)
        {
            nodes.Error(DiagnosticCode.MissingKey, testCase, "a test case needs a 'name:'");
        }

        var now = YamlNodes.Get(testCase, "now") is { } nowNode ? ReadTime(nodes, nowNode) ?? fileNow : fileNow;
        var inputs = ReadInputs(nodes, testCase, folder);
        var expect = YamlNodes.Get(testCase, "expect") is { } expectNode && nodes.Sequence(expectNode, "'expect'") is { } list
            ? list.Children.Select(e => ReadExpected(nodes, e)).OfType<ExpectedFinding>().ToList()
            : [];
        var absent = YamlNodes.Get(testCase, "absent") is { } absentNode ? nodes.Texts(absentNode, "an article id") : [];
        var questions = YamlNodes.Get(testCase, "questions") is { } questionsNode ? nodes.Texts(questionsNode, "a question text") : [];
        var noFindings = YamlNodes.Get(testCase, "no-findings") is { } noFindingsNode && ReadBoolean(nodes, noFindingsNode, "'no-findings'");
        var inferred = ReadFacts(nodes, testCase, "inferred");
        var notInferred = ReadFacts(nodes, testCase, "not-inferred");
        var extracted = ReadFacts(nodes, testCase, "facts");
        var notExtracted = ReadFacts(nodes, testCase, "no-facts");
        var family = YamlNodes.Get(testCase, "family") is { } familyNode ? nodes.Text(familyNode, "'family' (a family id)")?.Value : null;
        if (family is not null && (noFindings || expect.Count > 0))
        {
            nodes.Error(DiagnosticCode.InvalidValue, testCase, "'family' expects the family's guesses as the only findings: it goes with neither 'expect' nor 'no-findings'");
        }

        if (family is null && expect.Count == 0 && absent.Count == 0 && questions.Count == 0 && !noFindings
            && inferred.Count == 0 && notInferred.Count == 0 && extracted.Count == 0 && notExtracted.Count == 0)
        {
            nodes.Error(DiagnosticCode.MissingKey, testCase, "a test case checks something: 'expect', 'absent', 'inferred', 'not-inferred', 'facts', 'no-facts', 'questions', 'family' or 'no-findings: true'");
        }

        return name is null || inputs is null ? null : new RuleTestCase(nodes.Span(testCase), name, now, inputs, expect, absent, questions, noFindings)
        {
            Inferred = inferred,
            NotInferred = notInferred,
            Extracted = extracted,
            NotExtracted = notExtracted,
            Family = family,
            Answers = ReadAnswers(nodes, testCase),
        };
    }

    // answers: { QUESTION-ID: VALUE, ... }: checked against the knowledge base's questions by RuleTestReferences.
    private static List<GivenAnswer> ReadAnswers(YamlNodes nodes, YamlMappingNode testCase)
    {
        var result = new List<GivenAnswer>();
        if (YamlNodes.Get(testCase, "answers") is not { } node || nodes.Mapping(node, "'answers' (question id: answer)") is not { } answers)
        {
            return result;
        }

        foreach (var (key, value) in answers.Children)
        {
            if (nodes.Text(key, "a question id") is { } id && nodes.Text(value, $"the answer to '{id.Value}'") is { } text)
            {
                result.Add(new GivenAnswer(id.Span, id.Value, text.Value));
            }
        }

        return result;
    }

    // A list of { fact: KIND, FIELD: VALUE, ... } with scalar values.
    private static List<ExpectedFact> ReadFacts(YamlNodes nodes, YamlMappingNode testCase, string key)
    {
        var result = new List<ExpectedFact>();
        if (YamlNodes.Get(testCase, key) is not { } node || nodes.Sequence(node, $"'{key}'") is not { } list)
        {
            return result;
        }

        foreach (var item in list.Children)
        {
            if (nodes.Mapping(item, $"an item of '{key}' ({{ fact: KIND, FIELD: VALUE }})") is not { } mapping)
            {
                continue;
            }

            if (YamlNodes.Get(mapping, "fact") is not { } kindNode || nodes.Text(kindNode, "'fact'") is not { } kind)
            {
                nodes.Error(DiagnosticCode.MissingKey, mapping, $"an item of '{key}' needs a 'fact:' (the {(key is "facts" or "no-facts" ? "extracted" : "inferred")} kind)");
                continue;
            }

            var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var (fieldNode, valueNode) in mapping.Children.Where(c => YamlNodes.KeyText(c.Key) != "fact"))
            {
                if (valueNode is YamlScalarNode { Value: { } value })
                {
                    fields[YamlNodes.KeyText(fieldNode)] = value;
                }
                else
                {
                    nodes.Error(DiagnosticCode.InvalidValue, valueNode, $"'{YamlNodes.KeyText(fieldNode)}' is compared with one value: write a text, number, true/false or a time");
                }
            }

            result.Add(new ExpectedFact(nodes.Span(mapping), kind.Value, fields.ToImmutable()));
        }

        return result;
    }

    private static DateTimeOffset? ReadTime(YamlNodes nodes, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } value }
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        nodes.Error(DiagnosticCode.InvalidValue, node, "'now' must be a time, e.g. 2026-11-28T10:30:00Z");
        return null;
    }

    private static ExpectedFinding? ReadExpected(YamlNodes nodes, YamlNode node)
    {
        if (nodes.Mapping(node, "an expected finding") is not { } expected)
        {
            return null;
        }

        nodes.RejectUnknownKeys(expected, ExpectKeys, "an expected finding");
        var article = YamlNodes.Get(expected, "article") is { } articleNode ? nodes.Text(articleNode, "'article'")?.Value : null;
        if (article is null)
        {
            nodes.Error(DiagnosticCode.MissingKey, expected, "an expected finding needs an 'article:'");
            return null;
        }

        var status = YamlNodes.Get(expected, "status") is { } statusNode ? ReadStatus(nodes, statusNode) : null;
        var (min, max) = YamlNodes.Get(expected, "confidence") is { } confidence ? ReadRange(nodes, confidence) : (0.0, 1.0);
        var rule = YamlNodes.Get(expected, "rule") is { } ruleNode ? nodes.Text(ruleNode, "'rule'")?.Value : null;
        var evidence = YamlNodes.Get(expected, "evidence") is { } evidenceNode ? ReadEvidence(nodes, evidenceNode) : [];
        var top = YamlNodes.Get(expected, "top") is { } topNode && ReadBoolean(nodes, topNode, "'top'");
        return new ExpectedFinding(nodes.Span(expected), article, status, min, max, rule, evidence, top);
    }

    // Only the YAML 1.2 core booleans: 'True', 'yes' or 'on' would otherwise read as false and skip the check silently.
    private static bool ReadBoolean(YamlNodes nodes, YamlNode node, string what)
    {
        switch ((node as YamlScalarNode)?.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                nodes.Error(DiagnosticCode.InvalidValue, node, $"{what} is true or false");
                return false;
        }
    }

    private static FindingStatus? ReadStatus(YamlNodes nodes, YamlNode node)
    {
        switch (nodes.Text(node, "'status'")?.Value)
        {
            case "suspected":
                return FindingStatus.Suspected;
            case "confirmed":
                return FindingStatus.Confirmed;
            case null:
                return null;
            default:
                nodes.Error(DiagnosticCode.InvalidValue, node, "'status' is 'suspected' or 'confirmed'");
                return null;
        }
    }

    /// <summary>A number (exact, within 0.005) or <c>{ min, max }</c>.</summary>
    private static (double Min, double Max) ReadRange(YamlNodes nodes, YamlNode node)
    {
        if (node is YamlMappingNode range)
        {
            nodes.RejectUnknownKeys(range, ["min", "max"], "'confidence'");
            var min = YamlNodes.Get(range, "min") is { } minNode ? nodes.Number(minNode, "'min'")?.Value ?? 0 : 0;
            var max = YamlNodes.Get(range, "max") is { } maxNode ? nodes.Number(maxNode, "'max'")?.Value ?? 1 : 1;
            return (min, max);
        }

        var exact = nodes.Number(node, "'confidence'")?.Value;
        return exact is { } value ? (value - 0.005, value + 0.005) : (0, 1);
    }
}
