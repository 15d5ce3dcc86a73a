using System.Buffers;
using System.Text.RegularExpressions;

namespace RulesEngine.Core.Extraction.Mail;

internal static partial class MailThreadReader
{
    // Mail clients wrap plain text at 72 to 80 columns; a line they cut is at most this long and usually at least the minimum.
    private const int MinWrapped = 60;
    private const int MaxWrapped = 80;

    // A shorter line was cut too when the next line's first word would not have fitted on it at this width.
    private const int WrapWidth = 76;
    private const int MinWrappedBeforeLongWord = 40;

    // How much of the joined line before a cut is searched for the start of a message (bounds the work on long chains).
    private const int MaxMessageContext = 400;

    // The characters of a base64, base64url or hex line.
    private static readonly SearchValues<char> _dataChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_");

    // Characters inside a URL's path, query or fragment that prose does not have in one word.
    private static readonly SearchValues<char> _urlInner = SearchValues.Create("/?&=#%");

    // Whether a mail client cut 'next' off the end of 'line'. Conservative: both lines are text at the same depth, the
    // line is as long as a client's wrap and does not end a sentence, and the next line goes on with lower-case text or
    // with the message, DN or URL the line ends in; never when the next line starts a record, a header or a list item.
    // 'joined' is the start of the view line 'line' ends: a message begun on an earlier line of it goes on in capitals too.
    private static bool IsWrapped(string text, int joined, MailLine line, MailLine next)
    {
        if (line.Depth != next.Depth || next.ContentLength == 0 || text[next.ContentStart] is ' ' or '\t')
        {
            return false;
        }

        var previous = text.AsSpan(line.ContentStart, line.ContentLength).TrimEnd();
        var following = text.AsSpan(next.ContentStart, next.ContentLength).TrimEnd();
        if (previous.IsEmpty || following.IsEmpty || previous[^1] is '.' or '!' or '?' or ':' or ';' || IsData(previous) || IsData(following))
        {
            return false;
        }

        var full = line.End - line.Start;
        var firstWord = following.IndexOf(' ') is >= 0 and var space ? space : following.Length;
        var cut = previous.Length <= MaxWrapped
            && (previous.Length >= MinWrapped || (full >= MinWrapped && full <= MaxWrapped)
                || (previous.Length >= MinWrappedBeforeLongWord && previous.Length + 1 + firstWord > WrapWidth));
        var context = text.AsSpan(Math.Max(joined, line.End - MaxMessageContext), line.End - Math.Max(joined, line.End - MaxMessageContext));
        return cut && !NewLine().IsMatch(following) && Continues(previous, following, context);
    }

    // Whether a wrapped line was cut inside a URL (a terminal or client that breaks long tokens), so the two parts join
    // without a space: the line ends in a URL and the next line's first word goes on with a path, query or fragment.
    private static bool IsCutInsideUrl(string text, MailLine line, MailLine next) =>
        CutInsideUrl(text.AsSpan(line.ContentStart, line.ContentLength), text.AsSpan(next.ContentStart, next.ContentLength));

    private static bool CutInsideUrl(ReadOnlySpan<char> previous, ReadOnlySpan<char> following)
    {
        var firstWord = following.IndexOf(' ') is >= 0 and var space ? following[..space] : following;
        return previous.Length > 0 && previous[^1] != ' ' && previous[(previous.LastIndexOf(' ') + 1)..].Contains("://", StringComparison.Ordinal)
            && following.Length > 0 && !char.IsUpper(following[0]) && firstWord.ContainsAny(_urlInner);
    }

    // The next line goes on with lower-case text, or with the exception message, DN or URL the line ends in.
    private static bool Continues(ReadOnlySpan<char> previous, ReadOnlySpan<char> following, ReadOnlySpan<char> context) =>
        char.IsLower(following[0])
        || (char.IsLetter(following[0]) && MessageStart().IsMatch(context))
        || (DnAttribute().IsMatch(following) && DnInLine().IsMatch(previous))
        || CutInsideUrl(previous, following);

    // A base64 or hex line of a certificate or key: no words to join.
    private static bool IsData(ReadOnlySpan<char> line) =>
        !line.ContainsAny(' ', '\t') && !line.ContainsAnyExcept(_dataChars);

    // The start of something of its own: a log record (time stamp, level, [thread]), a stack frame or exception line, a
    // header ("Subject: …", "Host: …"), a reply header, a list item, markup or a separator.
    [GeneratedRegex(
        @"^(?:\d{4}-\d\d-\d\d|\d\d?[:.]\d\d|\[|#\d|at\s|Caused by|-{2,}|[-*•+>]\s|\d+[.)]\s|<|\{|\}|(?:On|Am)\s"
        + @"|(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|SEVERE)\b|\*?[A-Za-z][\w-]{0,40}\*?:(?:\s|$)"
        + @"|[a-z_$][\w$]*(?:\.[\w$]+)+(?::|\s*$|(?:Exception|Error|Fault)\b))",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex NewLine();

    // The line holds an exception's or a log record's message, which the next line may go on with in capitals.
    [GeneratedRegex(@"(?:Exception|Error|Fault):\s|\s-\s\S|HTTP response", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex MessageStart();

    [GeneratedRegex(@"^(?:CN|OU|O|C|L|ST|E|DC)=", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DnAttribute();

    [GeneratedRegex(@"(?:CN|OU)=", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DnInLine();
}
