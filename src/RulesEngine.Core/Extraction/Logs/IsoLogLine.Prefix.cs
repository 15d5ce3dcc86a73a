namespace RulesEngine.Core.Extraction.Logs;

internal static partial class IsoLogLine
{
    // The length of the time stamp that starts the line, or -1: leading blanks, "yyyy-MM-dd", ' ' or 'T', "HH:mm:ss",
    // an optional fraction of 1 to 9 digits after '.' or ',', then an optional zone (one optional blank, then 'Z' or
    // "+hh", "+hhmm", "+hh:mm"). Read by hand, in one pass, as the regular expression
    // ^[ \t]*\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:[ \t]?(?:Z|[+-]\d{2}(?::?\d{2})?))? would.
    private static int PrefixLength(ReadOnlySpan<char> line)
    {
        var p = 0;
        while (p < line.Length && line[p] is ' ' or '\t')
        {
            p++;
        }

        if (!(Digits(line, p, 4) && At(line, p + 4, '-') && Digits(line, p + 5, 2) && At(line, p + 7, '-') && Digits(line, p + 8, 2)
              && (At(line, p + 10, ' ') || At(line, p + 10, 'T'))
              && Digits(line, p + 11, 2) && At(line, p + 13, ':') && Digits(line, p + 14, 2) && At(line, p + 16, ':') && Digits(line, p + 17, 2)))
        {
            return -1;
        }

        p += 19;
        if ((At(line, p, '.') || At(line, p, ',')) && Digits(line, p + 1, 1))
        {
            var fraction = p + 1;
            while (fraction < line.Length && fraction - p <= 9 && char.IsAsciiDigit(line[fraction]))
            {
                fraction++;
            }

            p = fraction;
        }

        var zone = At(line, p, ' ') || At(line, p, '\t') ? p + 1 : p;
        if (At(line, zone, 'Z'))
        {
            return zone + 1;
        }

        if ((At(line, zone, '+') || At(line, zone, '-')) && Digits(line, zone + 1, 2))
        {
            var minutes = At(line, zone + 3, ':') ? zone + 4 : zone + 3;
            return Digits(line, minutes, 2) ? minutes + 2 : zone + 3;
        }

        return p;
    }

    private static bool Digits(ReadOnlySpan<char> line, int at, int count) =>
        at + count <= line.Length && !line.Slice(at, count).ContainsAnyExceptInRange('0', '9');

    private static bool At(ReadOnlySpan<char> line, int at, char c) => at < line.Length && line[at] == c;
}
