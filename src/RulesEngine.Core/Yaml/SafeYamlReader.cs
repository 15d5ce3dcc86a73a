using RulesEngine.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Yaml;

/// <summary>Reads one YAML document into YamlDotNet's node tree (every node keeps its 1-based start and end marks),
/// reporting syntax errors, duplicate keys, aliases, tags, excessive depth and size as diagnostics.</summary>
internal static class SafeYamlReader
{
    /// <summary>Largest YAML text accepted, in characters.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>Deepest nesting of mappings and sequences accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses <paramref name="text"/>; returns the root node, or null (and errors in <paramref name="bag"/>) when it cannot.
    /// An empty document returns an empty mapping.</summary>
    /// <param name="path">The file name used in diagnostics.</param>
    /// <param name="text">The YAML text.</param>
    /// <param name="bag">Where problems go.</param>
    /// <param name="lineOffset">Added to every line (for YAML embedded in a larger file, e.g. front matter).</param>
    public static YamlNode? Read(string path, string text, DiagnosticBag bag, int lineOffset = 0) =>
        Read(path, text, bag, lineOffset, out _);

    /// <summary>As <see cref="Read(string, string, DiagnosticBag, int)"/>, and gives where each mapping and sequence ends,
    /// by the index of its start mark (YamlDotNet's nodes carry their start only).</summary>
    public static YamlNode? Read(string path, string text, DiagnosticBag bag, int lineOffset, out IReadOnlyDictionary<long, Mark> ends)
    {
        ends = new Dictionary<long, Mark>();
        if (text.Length > MaxLength)
        {
            bag.Error(DiagnosticCode.FileTooLarge, SourceSpan.File(path), $"YAML text is {text.Length:N0} characters; the limit is {MaxLength:N0}: split the file");
            return null;
        }

        var parser = new GuardedParser(new Parser(new StringReader(text)), MaxDepth);
        ends = parser.Ends;
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
        }
        catch (YamlGuardException ex)
        {
            var code = ex.TooDeep ? DiagnosticCode.NestingTooDeep : DiagnosticCode.YamlFeatureNotAllowed;
            bag.Error(code, Span(path, ex.Start, ex.End, lineOffset), ex.Message);
        }
        catch (YamlException ex) when (IsDuplicateKey(ex))
        {
            bag.Error(DiagnosticCode.DuplicateKey, Span(path, ex.Start, ex.End, lineOffset), "duplicate key: each key may appear once in a mapping");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1.0 throws this (not a YamlException) for an unclosed flow list followed by a key.
            var mark = parser.Current?.Start ?? Mark.Empty;
            bag.Error(DiagnosticCode.YamlSyntax, Span(path, mark, mark, lineOffset), "YAML syntax: the text does not parse here; look for a '[' or '{' that is not closed");
        }
        catch (YamlException ex)
        {
            // YamlDotNet's Start is where the enclosing construct began; End is where the problem was found.
            var message = ex.InnerException?.Message ?? ex.Message;
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && IndentationTab(text) is var (line, column))
            {
                // YamlDotNet places a tab in indentation at the start of the enclosing mapping: name the tab itself.
                var at = SourceSpan.At(path, line + lineOffset, column);
                bag.Error(DiagnosticCode.YamlSyntax, at, "YAML syntax: a tab in indentation; YAML indents with spaces only");
            }
            else
            {
                bag.Error(DiagnosticCode.YamlSyntax, Span(path, ex.End, ex.End, lineOffset), $"YAML syntax: {Trim(message)}");
            }
        }

        return null;
    }

    // The 1-based line and column of the first tab among a line's leading spaces, if any.
    private static (int Line, int Column)? IndentationTab(string text)
    {
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            for (var i = start; i < end && text[i] is ' ' or '\t'; i++)
            {
                if (text[i] == '\t')
                {
                    return (line, i - start + 1);
                }
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>The span of a node, shifted by <paramref name="lineOffset"/> lines.</summary>
    public static SourceSpan Span(string path, YamlNode node, int lineOffset = 0) => Span(path, node.Start, node.End, lineOffset);

    private static SourceSpan Span(string path, Mark start, Mark end, int lineOffset) =>
        new(path, (int)start.Line + lineOffset, (int)start.Column, (int)end.Line + lineOffset, (int)end.Column);

    private static bool IsDuplicateKey(YamlException ex) =>
        ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
        || ex.InnerException is ArgumentException;

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (…): "; we print the position ourselves.
    private static string Trim(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }
}
