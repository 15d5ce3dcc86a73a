namespace RulesEngine.Core.Facts;

/// <summary>An HTTP status reported as an error, e.g. <c>HTTP response '401: Unauthorized' when communicating with …</c>.</summary>
/// <param name="Status">The HTTP status code of an error, 400–599.</param>
/// <param name="Reason">The reason phrase as written ("Unauthorized"), if any.</param>
/// <param name="Url">The target URL the call went to, if the text names one.</param>
/// <param name="Host">The host of <paramref name="Url"/>, lower case.</param>
/// <param name="Direction">Where the failed call went, when the text tells: <c>inbound</c> (into the CPI runtime,
/// a host like <c>*.it-cpi*-rt.*</c>) or <c>outbound</c> (from CPI to another system); null when unknown.</param>
internal sealed record HttpError(int Status, string? Reason, string? Url, string? Host, string? Direction = null) : Fact
{
    /// <summary>What kind of system the call went to (<see cref="HostTargets"/>), derived once from the host and URL.</summary>
    public string? Target { get; } = HostTargets.Of(Host, Url);
}
