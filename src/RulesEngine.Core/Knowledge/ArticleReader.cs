using RulesEngine.Core.Diagnostics;
using Scriban;

namespace RulesEngine.Core.Knowledge;

/// <summary>Reads an article file (<c>kb/articles/&lt;id&gt;.md</c>): YAML front matter between two <c>---</c> lines,
/// then a Scriban template body. Every problem is reported at its file line and column.</summary>
internal static partial class ArticleReader
{
    /// <summary>Reads one article. Returns null when no article can be built (no front matter, YAML errors,
    /// a missing or invalid required key, template syntax errors); otherwise the article, possibly with
    /// further errors in <paramref name="bag"/> (unknown keys, an id that differs from the file name).</summary>
    /// <param name="path">The file path, used in diagnostics and to check the id against the file name.</param>
    /// <param name="text">The file text (LF or CRLF line ends).</param>
    /// <param name="bag">Where problems go.</param>
    public static Article? Read(string path, string text, DiagnosticBag bag)
    {
        if (FrontMatter.Split(text, out var problem) is not { } parts)
        {
            bag.Error(DiagnosticCode.InvalidFrontMatter, SourceSpan.At(path, 1, 1), problem!);
            return null;
        }

        var header = ReadHeader(path, parts, bag);
        var body = ParseBody(path, parts, bag);
        if (header is not null && body is not null)
        {
            StepReferenceChecker.Check(path, parts.BodyLine, body.Page!, header.Steps, bag);
        }

        return header is null || body is null ? null : new Article(header, path, parts.BodyLine, body);
    }

    private static Template? ParseBody(string path, FrontMatter parts, DiagnosticBag bag)
    {
        var template = Template.Parse(parts.Body, path);
        foreach (var message in template.Messages)
        {
            var span = TemplateSpans.ToFile(path, parts.BodyLine, message.Span);
            if (message.Type == Scriban.Parsing.ParserMessageType.Error)
            {
                bag.Error(DiagnosticCode.TemplateSyntax, span, message.Message);
            }
            else
            {
                bag.Warning(DiagnosticCode.TemplateSyntax, span, message.Message);
            }
        }

        return template.HasErrors ? null : template;
    }
}
