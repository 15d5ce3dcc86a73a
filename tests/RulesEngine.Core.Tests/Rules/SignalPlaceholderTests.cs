using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>Signal regexes name what every log has by placeholder (<c>{url}</c>, <c>{host}</c>, <c>{status}</c>,
/// <c>{ip}</c>, <c>{dn}</c>) instead of writing a pattern of their own; a host or URL brings the derived <c>target</c>.</summary>
public sealed class SignalPlaceholderTests
{
    [Theory]
    [InlineData("'failed invoking {url} with statusCode:?[ \\t]*{status}'", "HTTP operation failed invoking https://acme.it-cpi018-rt.cfapps.eu10.hana.ondemand.com:443/http/x?y=1 with statusCode: 401",
        "host=acme.it-cpi018-rt.cfapps.eu10.hana.ondemand.com status=401 target=cpi-runtime url=https://acme.it-cpi018-rt.cfapps.eu10.hana.ondemand.com:443/http/x?y=1")]
    [InlineData("'host:[ \\t]*{host},'", "Could not connect to SMTP host: 10.0.0.7, port: 25", "host=10.0.0.7 target=other")]
    [InlineData("'from unauthorized ip:?\\s*{ip}'", "Attempted login from unauthorized ip: 2001:db8::7 to company id: X", "ip=2001:db8::7")]
    [InlineData("'subject:\\s*{dn:subject}\\s*;\\s*issuer:\\s*{dn:issuer}\\s*\\)'", "Subject and issuer (subject: CN=My Client, O=Acme Inc., C=DE; issuer: CN=Acme CA 2,O=Acme,C=DE) of",
        "issuer=CN=Acme CA 2,O=Acme,C=DE subject=CN=My Client, O=Acme Inc., C=DE")]
    [InlineData("'POST[ \\t]+(?:{origin})?{path}'", "POST https://api.successfactors.eu/odata/v2/User HTTP/1.1", "host=api.successfactors.eu origin=https://api.successfactors.eu path=/odata/v2/User target=successfactors-api")]
    public void Extract_Placeholder_CapturesItsField(string regex, string line, string captures)
    {
        var signal = Assert.Single(Extract($"signals:\n  - name: s\n    keywords: [\"{line.Split(' ')[0]}\"]\n    regex: {regex}\n", line));

        Assert.Equal(captures, string.Join(" ", signal.Captures.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")));
    }

    [Theory]
    [InlineData("file.v2 and version 1.2.3")]
    [InlineData("e.g. this")]
    public void Extract_HostPlaceholder_IsNoVersionOrAbbreviation(string line)
    {
        Assert.Empty(Extract("signals:\n  - name: s\n    keywords: [\"e\"]\n    regex: '{host}'\n".Replace("[\"e\"]", $"[\"{line.Split(' ')[0]}\"]", StringComparison.Ordinal), line));
    }

    [Fact]
    public void Extract_UnicodeClassAndEscapedBrace_AreNoPlaceholders()
    {
        var signal = Assert.Single(Extract("signals:\n  - name: s\n    keywords: [\"code\"]\n    regex: 'code \\{host\\} (?<word>\\p{L}+)'\n", "code {host} Grüße"));

        Assert.Equal("Grüße", signal.Captures["word"]);
    }

    [Fact]
    public void Validate_UnknownPlaceholder_ErrorAtTheRegexWithDidYouMean()
    {
        var error = Assert.Single(RuleHarness.Diagnose("signals:\n  - name: s\n    keywords: [abc]\n    regex: 'at {hots}'\n"), d => d.IsError);

        Assert.Equal((DiagnosticCode.InvalidRegex, 4, 12), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("unknown placeholder '{hots}'. Did you mean 'host'?", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Facts.Signal> Extract(string rules, string line)
    {
        using var folder = new TempFolder();
        folder.Write("rules/s.yaml", rules + "rules:\n  - id: r1\n    article: a1\n    when:\n      - signal: { name: s }\n");
        folder.WriteArticle("a1");
        var loaded = folder.LoadKnowledgeBase();
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        return [.. loaded.KnowledgeBase.Extractor.Extract([new TicketInput("t.txt", line + "\n")]).OfType<Facts.Signal>()];
    }
}
