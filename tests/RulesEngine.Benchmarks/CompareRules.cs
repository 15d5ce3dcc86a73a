using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RulesEngine.Benchmarks;

/// <summary>The rule shape every engine gets: rule <c>r{i}</c> fires when the ticket names the literal <c>tok{i}x</c> and
/// shows an HTTP 401. The tickets, and the rules each must fire (the correctness gate before any timing).</summary>
internal static partial class CompareRules
{
    /// <summary>The literal of rule <paramref name="i"/>.</summary>
    public static string Token(int i) => string.Create(CultureInfo.InvariantCulture, $"tok{i}x");

    /// <summary>The id of rule <paramref name="i"/>.</summary>
    public static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"r{i}");

    /// <summary>The tickets for <paramref name="rules"/> rules: name, text, and the ids every engine must fire.</summary>
    public static List<(string Name, string Text, string[] Fires)> Tickets(int rules, bool full)
    {
        // Five rules spread over the set, named in a customer's 1 KB ticket with the 401.
        var hits = new[] { 0, rules / 5, 2 * rules / 5, 3 * rules / 5, rules - 1 }.Distinct().ToArray();
        var hit = Pad(
            "Hi team,\nour sender calls the integration flow and gets HTTP/1.1 401 Unauthorized since Monday.\n"
            + "The failing calls carry " + string.Join(", ", hits.Select(Token)) + " in their payload.\n",
            1024);
        var noHit = Pad("Hello,\nthe monthly report looks different since the upgrade; nothing fails, but the totals moved.\n", 1024);
        var tickets = new List<(string, string, string[])>
        {
            ("1 KB, 5 hits", hit, [.. hits.Select(Id)]),
            ("1 KB, no hit", noHit, []),
        };
        if (full)
        {
            tickets.Add(("100 KB log, 5 hits", Log(hit, 100 * 1024), [.. hits.Select(Id)]));
            tickets.Add(("10 MB log, 5 hits", Log(hit, 10 * 1024 * 1024), [.. hits.Select(Id)]));
        }

        return tickets;
    }

    /// <summary>The plain engines' facts: the ticket's distinct words and the HTTP statuses it names.</summary>
    public static (HashSet<string> Words, HashSet<int> Statuses) Facts(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in Word().EnumerateMatches(text))
        {
            words.Add(text.Substring(match.Index, match.Length));
        }

        var statuses = new HashSet<int>();
        foreach (Match match in Status().Matches(text))
        {
            statuses.Add(int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
        }

        return (words, statuses);
    }

    private static string Pad(string text, int size)
    {
        var padded = new StringBuilder(text);
        while (padded.Length < size)
        {
            padded.Append("Please have a look, the interface is important for the payroll run at the end of the month.\n");
        }

        return padded.ToString(0, size);
    }

    // The ticket, then trace-log records of routine traffic up to the size.
    private static string Log(string ticket, int size)
    {
        var log = new StringBuilder(ticket, size + 200);
        for (var i = 0; log.Length < size; i++)
        {
            log.Append(CultureInfo.InvariantCulture, $"2026-11-28 10:{i / 60 % 60:00}:{i % 60:00}.{i % 1000:000} INFO [http-nio-8080-exec-{i % 16}] com.sap.it.op.agent.mpl.MessageProcessingLogSink - Message {i:X8} processed in {i % 900} ms\n");
        }

        return log.ToString();
    }

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"HTTP(?:/\d\.\d)?\s+([45]\d\d)\b")]
    private static partial Regex Status();
}
