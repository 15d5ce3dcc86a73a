using System.Text;

namespace RulesEngine.Core.Facts;

/// <summary>The template of a log message: its variable tokens masked, so that records which differ only by ids, times,
/// numbers or addresses group as one (the masking step of Drain-style log parsing).</summary>
/// <remarks>A token is a run of letters, digits and <c>_ - . :</c>, without the punctuation at its ends. A token with a
/// digit is variable (times, dates, IP addresses, ports, durations, counters, message GUIDs, UUIDs, thread names with
/// numbers), except what tells causes apart: an HTTP error status (<c>401 Unauthorized</c>, <c>status 503</c>), an error code (two to six
/// letters, then one to five digits: <c>LGN0010</c>, <c>AUTH0032</c>, <c>OAuth2</c>), and short names with a digit (<c>X.509</c>,
/// <c>v2</c>). The record keeps its real text; only its identity uses the template.</remarks>
internal static class MessageTemplate
{
    /// <summary>What a variable token becomes.</summary>
    public const string Mask = "<*>";

    // Tokens with letters and digits up to this length stay unless they look like ids (x509, v2, OAuth2).
    private const int MaxNameLength = 5;

    /// <summary>Receives a template piece by piece: the constant text between variable tokens, and each mask.</summary>
    public interface ISink
    {
        /// <summary>Constant text.</summary>
        void Text(ReadOnlySpan<char> text);

        /// <summary>A variable token.</summary>
        void Variable();
    }

    /// <summary>The template of <paramref name="message"/>; null stays null. Linear in the message's length.</summary>
    public static string? Of(string? message)
    {
        if (message is null)
        {
            return null;
        }

        var sink = new StringSink(new StringBuilder(message.Length));
        Write(message, ref sink);
        return sink.Builder.ToString();
    }

    /// <summary>The template of a URL: the values of its query masked, and its path's variable tokens as in
    /// <see cref="Of"/>, so that calls of one endpoint with other ids or paging group as one.</summary>
    public static string? OfUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var sink = new StringSink(new StringBuilder(url.Length));
        WriteUrl(url, ref sink);
        return sink.Builder.ToString();
    }

    /// <summary>Writes the template of <paramref name="message"/> to <paramref name="sink"/>, without allocating.</summary>
    /// <remarks>Only a token with a digit can be variable: the text is searched for the next digit (vectorized), and only
    /// the token around it is looked at.</remarks>
    public static void Write<TSink>(string message, ref TSink sink)
        where TSink : ISink
    {
        var copied = 0;
        var position = 0;
        while (position < message.Length)
        {
            var digit = message.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            var start = position + digit;
            while (start > copied && IsTokenChar(message[start - 1]))
            {
                start--;
            }

            var end = position + digit + 1;
            while (end < message.Length && IsTokenChar(message[end]))
            {
                end++;
            }

            var (from, to) = Trim(message, start, end);
            if (from < to && IsVariable(message.AsSpan(from, to - from)) && !IsErrorStatus(message, from, to))
            {
                sink.Text(message.AsSpan(copied, from - copied));
                sink.Variable();
                copied = to;
            }

            position = end;
        }

        sink.Text(message.AsSpan(copied));
    }

    /// <summary>Writes the template of <paramref name="url"/> (see <see cref="OfUrl"/>) to <paramref name="sink"/>.</summary>
    public static void WriteUrl<TSink>(string url, ref TSink sink)
        where TSink : ISink
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            Write(url, ref sink);
            return;
        }

        Write(url[..query], ref sink);
        var rest = url.AsSpan(query);
        while (rest.Length > 0)
        {
            // rest starts with '?' or '&': keep the parameter's name, mask its value.
            var end = rest[1..].IndexOf('&') is var next and >= 0 ? next + 1 : rest.Length;
            var parameter = rest[..end];
            var equals = parameter.IndexOf('=');
            sink.Text(equals >= 0 ? parameter[..(equals + 1)] : parameter);
            if (equals >= 0)
            {
                sink.Variable();
            }

            rest = rest[end..];
        }
    }

    private readonly struct StringSink(StringBuilder builder) : ISink
    {
        public StringBuilder Builder { get; } = builder;

        public void Text(ReadOnlySpan<char> text) => Builder.Append(text);

        public void Variable() => Builder.Append(Mask);
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ':';

    // An HTTP error status stays ("answering 401 Unauthorized" and "403 Forbidden" are different failures): a 4xx or
    // 5xx number followed by its reason phrase, or after a word that introduces a status. "Content-Length: 402" varies.
    private static bool IsErrorStatus(string text, int from, int to)
    {
        if (to - from != 3 || text[from] is not ('4' or '5') || !char.IsAsciiDigit(text[from + 1]) || !char.IsAsciiDigit(text[from + 2]))
        {
            return false;
        }

        var next = to;
        while (next < text.Length && next < to + 3 && text[next] is ' ' or ':' or '\'' or '"' or '-')
        {
            next++;
        }

        if (next > to && next < text.Length && char.IsAsciiLetterUpper(text[next]))
        {
            return true;
        }

        var before = text.AsSpan(Math.Max(0, from - 16), from - Math.Max(0, from - 16));
        return before.Contains("HTTP", StringComparison.OrdinalIgnoreCase) || before.Contains("status", StringComparison.OrdinalIgnoreCase)
            || before.Contains("code", StringComparison.OrdinalIgnoreCase) || before.Contains("error", StringComparison.OrdinalIgnoreCase)
            || before.Contains("response", StringComparison.OrdinalIgnoreCase);
    }

    private static (int From, int To) Trim(string text, int from, int to)
    {
        while (from < to && !char.IsLetterOrDigit(text[from]))
        {
            from++;
        }

        while (to > from && !char.IsLetterOrDigit(text[to - 1]))
        {
            to--;
        }

        return (from, to);
    }

    private static bool IsVariable(ReadOnlySpan<char> token)
    {
        int digits = 0, letters = 0, leadingLetters = 0;
        foreach (var c in token)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                leadingLetters += digits == 0 ? 1 : 0;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (letters == 0)
        {
            return true;
        }

        // An error code or a versioned name (two to six letters, then one to five digits) or a short name stays.
        var isCode = leadingLetters is >= 2 and <= 6 && leadingLetters == letters && digits is >= 1 and <= 5 && leadingLetters + digits == token.Length;
        return !isCode && token.Length > MaxNameLength;
    }
}
