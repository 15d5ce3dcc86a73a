using System.Text;

namespace RulesEngine.Core.Facts;

/// <summary>The template of a log message: its variable tokens masked, so that records which differ only by ids, times,
/// long numbers or addresses group as one (the masking step of Drain-style log parsing).</summary>
/// <remarks>A token is a run of letters, digits and <c>_ - . :</c>. It is variable when it holds at least four digits and
/// no letter (times, dates, IP addresses, ports, durations, numeric ids), or when it holds a digit and is at least
/// twelve characters long (message GUIDs, UUIDs, correlation ids, thread names with numbers). Short numbers (HTTP
/// statuses, <c>status code = 8</c>) and error codes (<c>LGN0010</c>, <c>AUTH0032</c>) stay: they tell causes apart.</remarks>
public static class MessageTemplate
{
    /// <summary>What a variable token becomes.</summary>
    public const string Mask = "<*>";

    private const int MinIdLength = 12;
    private const int MinDigits = 4;

    /// <summary>The template of <paramref name="message"/>; null stays null. Linear in the message's length.</summary>
    public static string? Of(string? message)
    {
        if (message is null)
        {
            return null;
        }

        StringBuilder? result = null;
        var copied = 0;
        var position = 0;
        while (position < message.Length)
        {
            if (!IsTokenChar(message[position]))
            {
                position++;
                continue;
            }

            var start = position;
            int digits = 0, letters = 0;
            while (position < message.Length && IsTokenChar(message[position]))
            {
                digits += char.IsDigit(message[position]) ? 1 : 0;
                letters += char.IsLetter(message[position]) ? 1 : 0;
                position++;
            }

            var length = position - start;
            if ((digits >= MinDigits && letters == 0) || (digits > 0 && length >= MinIdLength))
            {
                result ??= new StringBuilder(message.Length);
                result.Append(message, copied, start - copied).Append(Mask);
                copied = position;
            }
        }

        return result is null ? message : result.Append(message, copied, message.Length - copied).ToString();
    }

    /// <summary>The template of a URL: the values of its query masked, and its path's variable tokens as in
    /// <see cref="Of"/>, so that calls of one endpoint with other ids or paging group as one.</summary>
    public static string? OfUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return Of(url);
        }

        var parameters = url[(query + 1)..].Split('&').Select(p => p.IndexOf('=', StringComparison.Ordinal) is var equals and >= 0 ? p[..(equals + 1)] + Mask : p);
        return Of(url[..query]) + "?" + string.Join('&', parameters);
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ':';
}
