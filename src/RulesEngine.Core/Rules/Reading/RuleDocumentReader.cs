using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Rules.Reading;

/// <summary>Reads a rule file (YAML) into a <see cref="RuleDocument"/>, keeping every node's position and
/// reporting shape problems as diagnostics. Names of fact kinds, fields and operators are checked later,
/// by <c>RuleValidator</c>.</summary>
internal static partial class RuleDocumentReader
{
    private static readonly string[] DocumentKeys = ["rules", "signals", "conditions", "families"];

    private static readonly string[] RuleKeys =
        ["id", "title", "article", "status", "confidence", "when", "confirm", "ask", "yields-to", "infer"];

    /// <summary>Reads one file; returns the rules it could read (possibly none) and reports the rest in <paramref name="bag"/>.</summary>
    public static RuleDocument Read(string path, string text, DiagnosticBag bag)
    {
        var root = SafeYamlReader.Read(path, text, bag, 0, out var ends);
        if (root is null)
        {
            return RuleDocument.Empty(path);
        }

        var nodes = new YamlNodes(path, bag, text, ends);
        if (nodes.Mapping(root, "a rule file") is not { } document)
        {
            return RuleDocument.Empty(path);
        }

        nodes.RejectUnknownKeys(document, DocumentKeys, "a rule file");
        var rulesNode = YamlNodes.Get(document, "rules");
        var signalsNode = YamlNodes.Get(document, "signals");
        var blocksNode = YamlNodes.Get(document, "conditions");
        var familiesNode = YamlNodes.Get(document, "families");
        if (rulesNode is null && signalsNode is null && blocksNode is null && familiesNode is null)
        {
            bag.Error(DiagnosticCode.MissingKey, nodes.Span(document), "a rule file needs a 'rules:' list (or a 'signals:' list, named 'conditions:' or 'families:')");
            return RuleDocument.Empty(path);
        }

        var rules = rulesNode is not null && nodes.Sequence(rulesNode, "'rules'") is { } ruleList
            ? ruleList.Children.Select(r => ReadRule(nodes, r)).OfType<RuleNode>().ToList()
            : [];
        var signals = signalsNode is not null && nodes.Sequence(signalsNode, "'signals'") is { } signalList
            ? signalList.Children.Select(s => ReadSignal(nodes, s)).OfType<SignalNode>().ToList()
            : [];
        var blocks = blocksNode is not null && nodes.Mapping(blocksNode, "'conditions' (block names, each with a list of conditions)") is { } blockMap
            ? blockMap.Children.Select(b => ReadBlock(nodes, b.Key, b.Value)).OfType<ConditionBlock>().ToList()
            : [];
        if (familiesNode is not null && nodes.Sequence(familiesNode, "'families'") is { } familyList)
        {
            rules.AddRange(familyList.Children.SelectMany(f => ReadFamily(nodes, f)));
        }

        return new RuleDocument(path, rules, signals, blocks);
    }

    private static ConditionBlock? ReadBlock(YamlNodes nodes, YamlNode key, YamlNode value)
    {
        var name = new Located<string>(YamlNodes.KeyText(key), nodes.Span(key));
        return ReadConditions(nodes, value, $"block '{name.Value}'") is { } conditions ? new ConditionBlock(name, conditions) : null;
    }

    private static SignalNode? ReadSignal(YamlNodes nodes, YamlNode node)
    {
        if (nodes.Mapping(node, "a signal") is not { } signal)
        {
            return null;
        }

        nodes.RejectUnknownKeys(signal, ["name", "keywords", "regex", "certain"], "a signal");
        var name = Required(nodes, signal, "name") is { } nameNode ? nodes.Text(nameNode, "'name'") : null;
        var keywords = new List<Located<string>>();
        if (YamlNodes.Get(signal, "keywords") is { } keywordsNode)
        {
            var items = keywordsNode is YamlSequenceNode list ? list.Children : [keywordsNode];
            keywords.AddRange(items.Select(k => nodes.Text(k, "a keyword")).OfType<Located<string>>());
        }

        var regex = YamlNodes.Get(signal, "regex") is { } regexNode ? nodes.Text(regexNode, "'regex'") : null;
        if (regex is not null)
        {
            // {url}, {host}, {status} … stand for the one pattern of each; what follows sees the expanded regex.
            if (Operators.SignalPlaceholders.Expand(regex.Value, out var reason) is { } expanded)
            {
                regex = regex with { Value = expanded };
            }
            else
            {
                nodes.Bag.Error(DiagnosticCode.InvalidRegex, regex.Span, reason);
                regex = null;
            }
        }

        var certain = YamlNodes.Get(signal, "certain") is { } certainNode && ReadFlag(nodes, certainNode, "certain");
        return name is null ? null : new SignalNode(nodes.Span(signal), name, keywords, regex, certain);
    }

    private static RuleNode? ReadRule(YamlNodes nodes, YamlNode node)
    {
        if (nodes.Mapping(node, "a rule") is not { } rule)
        {
            return null;
        }

        nodes.RejectUnknownKeys(rule, RuleKeys, "a rule");
        var id = Required(nodes, rule, "id") is { } idNode ? nodes.Text(idNode, "'id'") : null;
        var title = YamlNodes.Get(rule, "title") is { } titleNode ? nodes.Text(titleNode, "'title'")?.Value : null;
        var when = YamlNodes.Get(rule, "when") is { } whenNode ? ReadConditions(nodes, whenNode, "'when'") : null;
        if (when is null && YamlNodes.Get(rule, "when") is null)
        {
            nodes.Bag.Error(DiagnosticCode.MissingKey, nodes.Span(rule), "a rule needs a 'when:' list of conditions");
        }

        var confirm = YamlNodes.Get(rule, "confirm") is { } confirmNode ? ReadConditions(nodes, confirmNode, "'confirm'") : [];
        // A rule whose conclusion is broken keeps its conditions, so their errors are reported too.
        var conclusion = ReadConclusion(nodes, rule) ?? new MissingConclusion(nodes.Span(rule));
        return id is null || when is null
            ? null
            : new RuleNode(nodes.Span(rule), id, title, when, confirm ?? [], conclusion);
    }

    private static ConclusionNode? ReadConclusion(YamlNodes nodes, YamlMappingNode rule)
    {
        var article = YamlNodes.Get(rule, "article");
        var infer = YamlNodes.Get(rule, "infer");
        if ((article is null) == (infer is null))
        {
            nodes.Bag.Error(DiagnosticCode.InvalidConclusion, nodes.Span(rule), "a rule concludes either a finding ('article:') or an inferred fact ('infer:'), exactly one of them");
            return null;
        }

        if (infer is not null)
        {
            foreach (var key in new[] { "status", "confidence", "ask", "confirm", "yields-to" })
            {
                if (YamlNodes.Get(rule, key) is { } extra)
                {
                    nodes.Error(DiagnosticCode.InvalidConclusion, extra, $"'{key}' belongs to rules that conclude an article, not to 'infer' rules");
                }
            }

            return ReadInfer(nodes, infer);
        }

        var articleId = nodes.Text(article!, "'article'");
        var status = YamlNodes.Get(rule, "status") is { } statusNode ? nodes.Text(statusNode, "'status'") : null;
        var questions = YamlNodes.Get(rule, "ask") is { } ask ? ReadQuestions(nodes, ask) : [];
        var (suspected, confirmed) = ReadConfidence(nodes, rule);
        return articleId is null || suspected is null || confirmed is null
            ? null
            : new FindingConclusion(nodes.Span(article!), articleId, status, suspected, confirmed, questions)
            {
                YieldsTo = YamlNodes.Get(rule, "yields-to") is { } yields ? ReadYields(nodes, yields) : [],
            };
    }

    private static bool ReadFlag(YamlNodes nodes, YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar && !YamlNodes.IsQuoted(scalar))
        {
            return scalar.Value == "true";
        }

        nodes.Error(DiagnosticCode.InvalidValue, node, $"'{key}' is true or false");
        return false;
    }

    // yields-to: [ID, …] or [{ article: ID, ask: TEXT, exclusive: BOOL }, …]
    private static List<YieldEntry> ReadYields(YamlNodes nodes, YamlNode node)
    {
        var result = new List<YieldEntry>();
        if (nodes.Sequence(node, "'yields-to' (a list of article ids, or of { article, ask })") is not { } list)
        {
            return result;
        }

        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode && nodes.Text(item, "an article id") is { } id)
            {
                result.Add(new YieldEntry(nodes.Span(item), id, null));
            }
            else if (item is YamlMappingNode mapping)
            {
                nodes.RejectUnknownKeys(mapping, ["article", "ask", "exclusive"], "a 'yields-to' item");
                var article = Required(nodes, mapping, "article") is { } articleNode ? nodes.Text(articleNode, "'article'") : null;
                var ask = YamlNodes.Get(mapping, "ask") is { } askNode ? nodes.Text(askNode, "'ask'")?.Value : null;
                var exclusive = YamlNodes.Get(mapping, "exclusive") is { } exclusiveNode && ReadFlag(nodes, exclusiveNode, "exclusive");
                if (article is not null)
                {
                    result.Add(new YieldEntry(nodes.Span(mapping), article, ask, exclusive));
                }
            }
            else if (item is not YamlScalarNode)
            {
                nodes.Error(DiagnosticCode.UnexpectedNode, item, "a 'yields-to' item is an article id or { article: ID, ask: TEXT, exclusive: true }");
            }
        }

        return result;
    }

    private static (Located<double>? Suspected, Located<double>? Confirmed) ReadConfidence(YamlNodes nodes, YamlMappingNode rule)
    {
        var span = nodes.Span(rule);
        switch (YamlNodes.Get(rule, "confidence"))
        {
            case null:
                return (new Located<double>(0.5, span), new Located<double>(0.9, span));
            case YamlScalarNode scalar:
                var single = nodes.Number(scalar, "'confidence'");
                return (single, single);
            case YamlMappingNode mapping:
                nodes.RejectUnknownKeys(mapping, ["suspected", "confirmed"], "'confidence'");
                var suspected = YamlNodes.Get(mapping, "suspected") is { } s ? nodes.Number(s, "'confidence.suspected'") : new Located<double>(0.5, span);
                var confirmed = YamlNodes.Get(mapping, "confirmed") is { } c ? nodes.Number(c, "'confidence.confirmed'") : new Located<double>(0.9, span);
                return (suspected, confirmed);
            case var other:
                nodes.Error(DiagnosticCode.UnexpectedNode, other, "'confidence' is a number 0..1 or { suspected: 0.6, confirmed: 0.95 }");
                return (null, null);
        }
    }

    private static InferConclusion? ReadInfer(YamlNodes nodes, YamlNode node)
    {
        if (nodes.Mapping(node, "'infer'") is not { } infer)
        {
            return null;
        }

        nodes.RejectUnknownKeys(infer, ["fact", "set"], "'infer'");
        var kind = Required(nodes, infer, "fact") is { } kindNode ? nodes.Text(kindNode, "'infer.fact'") : null;
        var fields = new List<FieldAssignment>();
        if (YamlNodes.Get(infer, "set") is { } setNode && nodes.Mapping(setNode, "'infer.set'") is { } set)
        {
            foreach (var (key, value) in set.Children)
            {
                if (ReadOperand(nodes, value) is { } operand)
                {
                    fields.Add(new FieldAssignment(new Located<string>(YamlNodes.KeyText(key), nodes.Span(key)), operand));
                }
            }
        }

        return kind is null ? null : new InferConclusion(nodes.Span(infer), kind, fields);
    }

    private static YamlNode? Required(YamlNodes nodes, YamlMappingNode mapping, string key)
    {
        var value = YamlNodes.Get(mapping, key);
        if (value is null)
        {
            nodes.Bag.Error(DiagnosticCode.MissingKey, nodes.Span(mapping), $"missing '{key}:'");
        }

        return value;
    }
}
