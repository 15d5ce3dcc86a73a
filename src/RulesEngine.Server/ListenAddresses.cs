using System.Net;

namespace RulesEngine.Server;

/// <summary>Checks the addresses the server is told to listen on. Kestrel binds a host name it cannot use (a typo such as
/// <c>locahost</c>, or <c>256.0.0.1</c>) to every interface and only warns; here that is an error naming the value, so
/// the server never listens wider than it was told. Listening beyond loopback takes an explicit
/// <c>http://0.0.0.0:PORT</c> (or <c>[::]</c>, <c>*</c>, <c>+</c>).</summary>
internal static class ListenAddresses
{
    /// <summary>Throws <see cref="FormatException"/> for the first address of <paramref name="urls"/> (';'-separated) that
    /// is not http(s) with <c>localhost</c>, an IP address or a wildcard as its host and a port from 0 (any free one) to 65535.</summary>
    public static void Check(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Problem(url) is { } problem)
            {
                throw new FormatException($"--urls '{url}' {problem}: use http://127.0.0.1:PORT, http://localhost:PORT or, to listen on every interface, http://0.0.0.0:PORT");
            }
        }
    }

    private static string? Problem(string url)
    {
        // Kestrel's wildcards are not URI hosts: check the rest with a stand-in.
        var standIn = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(standIn, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "is not an http:// or https:// address with a valid port";
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
        {
            return "has a path: give scheme, host and port only";
        }

        var host = uri.Host.Trim('[', ']');
        if (!uri.IsLoopback && !IPAddress.TryParse(host, out _))
        {
            return $"names the host '{uri.Host}', which is neither localhost nor an IP address";
        }

        return uri.Port is >= 0 and <= 65535 ? null : "has no usable port"; // 0: a free port, as tests use
    }
}
