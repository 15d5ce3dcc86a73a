using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RulesEngine.Server.Security;

/// <summary>The accepted API keys, held only as SHA-256 hashes. A key comes in the <c>X-Api-Key</c> header or as
/// <c>Authorization: Bearer KEY</c>; its hash is compared with every configured hash in constant time.</summary>
internal sealed class ApiKeys
{
    private const string ItemKey = "triage.client";
    private readonly byte[][] _hashes;

    public ApiKeys(IOptions<ServerOptions> options)
    {
        _hashes = [.. options.Value.ApiKeyHashes.Where(h => !string.IsNullOrWhiteSpace(h)).Select(ParseHash)];
    }

    /// <summary>True when at least one key is configured: then every request needs one.</summary>
    public bool Configured => _hashes.Length > 0;

    /// <summary>The SHA-256 hash (lower-case hex) to configure for <paramref name="key"/>.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Who is calling, for rate limiting: <c>key:N</c> for a valid key, else <c>ip:ADDRESS</c>. Computed once per request.</summary>
    public string Client(HttpContext context)
    {
        if (context.Items[ItemKey] is string cached)
        {
            return cached;
        }

        var index = Presented(context.Request) is { } key ? Match(key) : -1;
        var client = index >= 0 ? $"key:{index}" : $"ip:{context.Connection.RemoteIpAddress}";
        context.Items[ItemKey] = client;
        return client;
    }

    /// <summary>True when the request carries a valid key.</summary>
    public bool HasValidKey(HttpContext context) => Client(context).StartsWith("key:", StringComparison.Ordinal);

    /// <summary>True when the request carries any key, valid or not.</summary>
    public static bool HasKey(HttpRequest request) => Presented(request) is not null;

    /// <summary>True when the connection arrived on a loopback address of this machine.</summary>
    public static bool IsLoopback(ConnectionInfo connection) =>
        connection.LocalIpAddress is { } address && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers["X-Api-Key"].ToString() is { Length: > 0 } header)
        {
            return header;
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? authorization[7..].Trim()
            : null;
    }

    private int Match(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var found = -1;
        // Every hash is compared, each in constant time: the time taken tells nothing about which key is close.
        for (var i = 0; i < _hashes.Length; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, _hashes[i]))
            {
                found = i;
            }
        }

        return found;
    }

    private static byte[] ParseHash(string hex)
    {
        var trimmed = hex.Trim();
        if (trimmed.Length != 64 || !trimmed.All(Uri.IsHexDigit))
        {
            throw new InvalidOperationException(
                "Triage:ApiKeyHashes holds an entry that is not a SHA-256 hash in hex (64 characters): configure the hash "
                + "of each key (printf %s KEY | sha256sum), never the key itself");
        }

        return Convert.FromHexString(trimmed);
    }
}
