using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Rules.Reading;

internal static partial class RuleDocumentReader
{
    /// <summary>The most a family's finding may claim: it is the first guess of a senior engineer, not a diagnosis.</summary>
    internal const double MaxFamilyConfidence = 0.3;

    private const double DefaultFamilyConfidence = 0.2;

    private static readonly string[] FamilyKeys = ["id", "title", "when", "articles", "ask", "confidence"];

    /// <summary>A family (<c>families:</c>): the causes that share a symptom, concluded together as suspected when the
    /// symptom is seen and no rule fits fully. It reads as one finding rule per member article (id
    /// <c>FAMILY--ARTICLE</c>), so its conditions are validated, compiled, covered and explained like any rule's.</summary>
    private static IEnumerable<RuleNode> ReadFamily(YamlNodes nodes, YamlNode node)
    {
        if (nodes.Mapping(node, "a family") is not { } family)
        {
            return [];
        }

        nodes.RejectUnknownKeys(family, FamilyKeys, "a family");
        var id = Required(nodes, family, "id") is { } idNode ? nodes.Text(idNode, "'id'") : null;
        var title = YamlNodes.Get(family, "title") is { } titleNode ? nodes.Text(titleNode, "'title'")?.Value : null;
        var when = Required(nodes, family, "when") is { } whenNode ? ReadConditions(nodes, whenNode, "'when'") : null;
        var members = ReadMembers(nodes, family);
        var questions = YamlNodes.Get(family, "ask") is { } ask ? ReadQuestions(nodes, ask) : [];
        if (questions.Count == 0)
        {
            nodes.Bag.Error(DiagnosticCode.InvalidFamily, nodes.Span(family), "a family needs 'ask:': the questions that tell its causes apart (direction, which system answered, authentication method)");
        }

        var confidence = ReadFamilyConfidence(nodes, family);
        if (id is null || when is null || confidence is null)
        {
            return [];
        }

        return members.Select(article => new RuleNode(
            nodes.Span(family),
            id with { Value = $"{id.Value}--{article.Value}" },
            title,
            when,
            [],
            new FindingConclusion(article.Span, article, null, confidence, confidence, questions) { Family = id }));
    }

    private static List<Located<string>> ReadMembers(YamlNodes nodes, YamlMappingNode family)
    {
        var members = new List<Located<string>>();
        if (YamlNodes.Get(family, "articles") is not { } articlesNode)
        {
            nodes.Bag.Error(DiagnosticCode.InvalidFamily, nodes.Span(family), "a family needs 'articles:': the ids of at least two articles whose causes share its symptom");
            return members;
        }

        if (nodes.Sequence(articlesNode, "'articles' (a list of article ids)") is not { } list)
        {
            return members;
        }

        foreach (var item in list.Children)
        {
            if (nodes.Text(item, "an article id") is not { } article)
            {
                continue;
            }

            if (members.Exists(m => m.Value == article.Value))
            {
                nodes.Error(DiagnosticCode.InvalidFamily, item, $"article '{article.Value}' is listed twice in this family");
                continue;
            }

            members.Add(article);
        }

        if (members.Count < 2)
        {
            nodes.Error(DiagnosticCode.InvalidFamily, articlesNode, "a family lists at least two articles (a single cause is a rule, not a family)");
        }

        return members;
    }

    private static Located<double>? ReadFamilyConfidence(YamlNodes nodes, YamlMappingNode family)
    {
        if (YamlNodes.Get(family, "confidence") is not { } node)
        {
            return new Located<double>(DefaultFamilyConfidence, nodes.Span(family));
        }

        var confidence = nodes.Number(node, "'confidence'");
        if (confidence is { Value: <= 0 or > MaxFamilyConfidence } || confidence is { Value: double.NaN })
        {
            nodes.Error(DiagnosticCode.InvalidFamily, node, $"a family's confidence is above 0 and at most {MaxFamilyConfidence}: its findings are guesses until a rule confirms one");
            return null;
        }

        return confidence;
    }
}
