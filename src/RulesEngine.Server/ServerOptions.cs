namespace RulesEngine.Server;

/// <summary>The server's settings, bound from the <c>Triage</c> configuration section (command line
/// <c>--Triage:Name value</c>, environment <c>Triage__Name</c>, or appsettings.json).</summary>
internal sealed class ServerOptions
{
    public const string Section = "Triage";

    /// <summary>The rules folder; null means the one shipped beside the binary.</summary>
    public string? Rules { get; set; }

    /// <summary>The knowledge-base folder (articles, catalog); null means the one shipped beside the binary.</summary>
    public string? Kb { get; set; }

    /// <summary>A signed bundle (<c>triage pack</c>) to serve instead of the folders; it is loaded only when one of
    /// <see cref="TrustedKeys"/> signed it, and reloaded when the file is replaced.</summary>
    public string? Bundle { get; set; }

    /// <summary>Public-key files (<c>bundle-signing.pub</c>) whose bundles are accepted; several while a key is rotated.</summary>
    public List<string> TrustedKeys { get; } = [];

    /// <summary>SHA-256 hashes (hex) of the accepted API keys. Empty: only loopback connections are served.</summary>
    public List<string> ApiKeyHashes { get; } = [];

    /// <summary>Host names (without port) that <c>/mcp</c> accepts in the Host header; loopback names by default.</summary>
    public List<string> AllowedHosts { get; } = [];

    /// <summary>Origins (<c>scheme://host[:port]</c>) that <c>/mcp</c> accepts; loopback origins on any port by default.
    /// A request without an Origin header (not from a browser) is accepted.</summary>
    public List<string> AllowedOrigins { get; } = [];

    /// <summary>Largest request body, in bytes (default 32 MiB: a ticket with a 20 MB log); over it the answer is 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Largest input of a ticket, in characters (default 24 Mi); over it the answer is 413.</summary>
    public long MaxInputCharacters { get; set; } = 24 * 1024 * 1024;

    /// <summary>Largest ticket (all inputs together), in characters (default 24 Mi); over it the answer is 413.</summary>
    public long MaxTicketCharacters { get; set; } = 24 * 1024 * 1024;

    /// <summary>Most inputs one request may carry.</summary>
    public int MaxInputs { get; set; } = 32;

    /// <summary>Requests each client (API key, else remote address) may make per window; over it the answer is 429.</summary>
    public int RateLimitPermits { get; set; } = 600;

    /// <summary>The rate-limit window, in seconds.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Longest time a request may take, in seconds (body upload included; fractions allowed); over it the answer is 504 and the diagnosis stops.</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Reload the knowledge base when a file under the rules or kb folder changes, or the bundle file is replaced.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the files must stay quiet before a reload, in milliseconds (editors write in bursts).</summary>
    public int ReloadDelayMilliseconds { get; set; } = 250;

    /// <summary>The bundle file to load, as a full path; null when the folders are served.</summary>
    public string? BundleFile => Bundle is null ? null : Path.GetFullPath(Bundle);

    /// <summary>The rules folder to load.</summary>
    public string RulesFolder => Path.GetFullPath(Rules ?? Path.Combine(AppContext.BaseDirectory, "rules"));

    /// <summary>The kb folder to load.</summary>
    public string KbFolder => Path.GetFullPath(Kb ?? Path.Combine(AppContext.BaseDirectory, "kb"));
}
