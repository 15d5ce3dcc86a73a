using RulesEngine.Core.Yaml;
using System.Text.RegularExpressions;
using RulesEngine.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Knowledge;

internal static partial class ArticleReader
{
    private const string FrontMatterName = "the front matter";

    private static readonly string[] Keys = ["id", "title", "product", "component", "source", "keywords", "see-also", "steps"];

    private static readonly string[] StepKeys = ["id", "text"];

    private static readonly string[] LinkKeys = ["title", "url"];

    private static ArticleHeader? ReadHeader(string path, FrontMatter parts, DiagnosticBag bag)
    {
        var lineOffset = parts.YamlLine - 1;
        if (SafeYamlReader.Read(path, parts.Yaml, bag, lineOffset) is not { } root)
        {
            return null;
        }

        var fields = new YamlFields(path, lineOffset, bag, DiagnosticCode.InvalidFrontMatter);
        var whole = new SourceSpan(path, 1, 1, parts.ClosingLine, 4);
        if (root is not YamlMappingNode mapping)
        {
            bag.Error(DiagnosticCode.InvalidFrontMatter, whole, "the front matter must be 'key: value' lines (id, title, product, component, source)");
            return null;
        }

        fields.RejectUnknownKeys(mapping, Keys, FrontMatterName);
        var id = Text(fields, mapping, "id", whole);
        var title = Text(fields, mapping, "title", whole);
        var product = Text(fields, mapping, "product", whole);
        var component = Text(fields, mapping, "component", whole);
        var source = fields.Required(mapping, "source", whole, FrontMatterName) is { } sourceNode ? fields.Url(sourceNode, "'source'") : null;
        var keywords = YamlFields.Get(mapping, "keywords") is { } keywordsNode ? fields.Texts(keywordsNode, "'keywords'") : [];
        var seeAlso = YamlFields.Get(mapping, "see-also") is { } seeAlsoNode ? ReadLinks(fields, seeAlsoNode) : [];
        var steps = YamlFields.Get(mapping, "steps") is { } stepsNode ? ReadSteps(fields, stepsNode) : [];
        if (id is not null)
        {
            CheckId(path, fields, YamlFields.Get(mapping, "id")!, id);
        }

        return id is null || title is null || product is null || component is null || source is null
            ? null
            : new ArticleHeader(id, title, product, component, source, keywords, seeAlso, steps);
    }

    private static string? Text(YamlFields fields, YamlMappingNode mapping, string key, SourceSpan whole) =>
        fields.Required(mapping, key, whole, FrontMatterName) is { } node ? fields.Text(node, $"'{key}'") : null;

    private static void CheckId(string path, YamlFields fields, YamlNode node, string id)
    {
        if (!KebabId().IsMatch(id))
        {
            fields.Bag.Error(DiagnosticCode.InvalidId, fields.Span(node), $"article id '{id}' must be a KBA number (3474524) or lower-case kebab-case (cpi-inbound-role-mismatch)");
        }

        var fileId = Path.GetFileNameWithoutExtension(path);
        if (!string.Equals(id, fileId, StringComparison.Ordinal))
        {
            fields.Bag.Error(DiagnosticCode.ArticleIdMismatch, fields.Span(node), $"article id '{id}' differs from the file name '{fileId}': rename the file to '{id}.md' or set 'id: {fileId}'");
        }
    }

    private static List<ArticleLink> ReadLinks(YamlFields fields, YamlNode node)
    {
        var links = new List<ArticleLink>();
        if (fields.Sequence(node, "'see-also'") is not { } list)
        {
            return links;
        }

        foreach (var item in list.Children)
        {
            if (fields.Mapping(item, "each 'see-also' item") is not { } link)
            {
                continue;
            }

            fields.RejectUnknownKeys(link, LinkKeys, "a 'see-also' item");
            var span = fields.Span(link);
            var title = fields.Required(link, "title", span, "a 'see-also' item") is { } t ? fields.Text(t, "'title'") : null;
            var url = fields.Required(link, "url", span, "a 'see-also' item") is { } u ? fields.Url(u, "'url'") : null;
            if (title is not null && url is not null)
            {
                links.Add(new ArticleLink(title, url));
            }
        }

        return links;
    }

    // steps: a list of { id, text }: kebab-case ids, each once, numbered in list order.
    private static System.Collections.Immutable.ImmutableArray<ArticleStep> ReadSteps(YamlFields fields, YamlNode node)
    {
        var steps = System.Collections.Immutable.ImmutableArray.CreateBuilder<ArticleStep>();
        if (fields.Sequence(node, "'steps'") is not { } list)
        {
            return [];
        }

        foreach (var item in list.Children)
        {
            if (fields.Mapping(item, "each 'steps' item") is not { } step)
            {
                continue;
            }

            fields.RejectUnknownKeys(step, StepKeys, "a 'steps' item");
            var span = fields.Span(step);
            var idNode = fields.Required(step, "id", span, "a 'steps' item");
            var id = idNode is null ? null : fields.Text(idNode, "'id'");
            var text = fields.Required(step, "text", span, "a 'steps' item") is { } t ? fields.Text(t, "'text'") : null;
            if (id is not null && !KebabId().IsMatch(id))
            {
                fields.Bag.Error(DiagnosticCode.InvalidId, fields.Span(idNode!), $"step id '{id}' must be lower-case kebab-case (recreate-service-key)");
            }
            else if (id is not null && steps.Any(s => s.Id == id))
            {
                fields.Bag.Error(DiagnosticCode.InvalidFrontMatter, fields.Span(idNode!), $"step id '{id}' is listed twice: give each step its own id");
            }
            else if (id is not null && text is not null)
            {
                steps.Add(new ArticleStep(id, steps.Count + 1, text));
            }
        }

        return steps.ToImmutable();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabId();
}
