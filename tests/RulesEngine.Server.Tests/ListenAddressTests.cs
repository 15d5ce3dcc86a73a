using RulesEngine.Server;

namespace RulesEngine.Server.Tests;

/// <summary><c>--urls</c> is checked before Kestrel sees it: Kestrel would bind a host it cannot use (a typo, an
/// impossible IP) to every interface on port 80 and only warn. A wrong address stops the start with exit 2 naming it.</summary>
public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("http://256.0.0.1:x", "is not an http:// or https:// address with a valid port")]
    [InlineData("http://256.0.0.1:5080", "names the host '256.0.0.1', which is neither localhost nor an IP address")]
    [InlineData("http://locahost:5080", "names the host 'locahost', which is neither localhost nor an IP address")]
    [InlineData("ftp://127.0.0.1:5080", "is not an http:// or https:// address")]
    [InlineData("http://127.0.0.1:5080/api", "has a path")]
    [InlineData("http://127.0.0.1:5080;http://locahost:5081", "'http://locahost:5081' names the host 'locahost'")]
    public async Task Run_UnusableAddress_Exit2NamingIt(string urls, string expected)
    {
        // Its own writer, not Console.Error: tests run in parallel.
        var error = new StringWriter();

        var exit = await TriageServer.RunAsync(["--urls", urls], error);

        Assert.Equal(2, exit);
        Assert.StartsWith("triage serve: --urls '", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080;https://+:5443")]
    public void Build_UsableAddress_Accepted(string urls)
    {
        var error = Record.Exception(() => ListenAddressesCheck(urls));

        Assert.Null(error);
    }

    private static void ListenAddressesCheck(string urls)
    {
        // Build only (no start): the check runs while the app is built.
        var app = TriageServer.Build(["--urls", urls]);
        ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
