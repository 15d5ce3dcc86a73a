using System.Text;

namespace RulesEngine.Core.Tests.Hostile;

/// <summary>Inputs that once cost far more than linear time or leaked a secret, generated at any size: one keyword
/// repeated on one huge line, a keyword inside a huge line, a million short failing lines, huge RSA keys, more inputs
/// than a ticket may have. Each plants <see cref="Secret"/> on an evidence line, so a run can check it never comes back.</summary>
/// <remarks>Shared by the hostile tests (small sizes) and the benchmark's <c>--hostile</c> mode (1, 4 and 16 MB); the
/// mixed log is the benchmarks' own generator.
/// Deterministic: the same size gives the same bytes.</remarks>
public static class HostileCorpus
{
    /// <summary>The secret planted in every case, on a line that becomes evidence.</summary>
    public const string Secret = "Hx9vQ2mZr7LkP4wT8sNd";

    /// <summary>A line that becomes evidence and carries <see cref="Secret"/> in three syntaxes.</summary>
    public const string SecretLine =
        "2026-11-28T10:15:02.000Z ERROR HTTP 401 Unauthorized client_secret=" + Secret + " password: " + Secret + " Authorization: Bearer " + Secret + "\n";

    /// <summary>The cases, in a fixed order.</summary>
    public static IReadOnlyList<HostileCase> Cases { get; } =
    [
        new("code-one-line", "`LGN0010` repeated on one line", size => [Log(Repeat("LGN0010 ", size))]),
        new("keyword-in-huge-line", "one huge line holding a keyword in its middle", size => [Log(Filler(size / 2) + " HTTP response '401: Unauthorized' " + Filler(size / 2))]),
        new("password-one-line", "`password=` repeated on one line", size => [Log(Repeat("password=", size))]),
        new("authorization-one-line", "`Authorization` repeated on one line", size => [Log(Repeat("Authorization ", size))]),
        new("xml-lt", "`<` of an XML error body repeated", size => [Log("<error><code>401</code><message>" + Repeat("<", size))]),
        new("http-401-repeated", "`HTTP response '401` repeated on one line", size => [Log(Repeat("HTTP response '401", size))]),
        new("many-401-one-line", "`401` repeated on one line", size => [Log(Repeat("401 ", size))]),
        new("short-401-lines", "short lines, each with a 401", size => [Log(Repeat("HTTP 401 Unauthorized\n", size))]),
        new("json-error-lines", "a JSON log export: one error record per line", size => [Log(Repeat(
            "{\"level\":\"ERROR\",\"logger\":\"com.sap.it.op.agent\",\"message\":\"HTTP response '401: Unauthorized' when communicating with https://host.example.com/api\"}\n", size))]),
        new("mixed-log", "a CPI log of mixed records: several failures repeating among INFO and DEBUG noise", size => [Log(Benchmarks.BenchmarkInputs.CpiLog(size))]),
        new("huge-rsa-certificates", "certificates with RSA-16384 keys and 16,384-bit exponents", size => [Log(HugeKeyCertificates.Pem(Math.Max(1, size / HugeKeyCertificates.PemLength)))]),
        new("many-inputs", "more inputs than a ticket may have (257)", size => [.. Enumerable.Range(0, 257).Select(i => new TicketInput($"log{i}.txt", SecretLine))]),
    ];

    /// <summary>The case named <paramref name="name"/>.</summary>
    public static HostileCase Case(string name) => Cases.Single(c => c.Name == name);

    // Every case's main input ends with the secret line, after a newline: the hostile part cannot hide it.
    private static TicketInput Log(string hostile) => new("hostile.log", hostile + "\n" + SecretLine);

    private static string Repeat(string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    // Words without a keyword, so the only hit is the one the case places.
    private static string Filler(int size) => Repeat("lorem ipsum dolor sit amet ", size);
}
