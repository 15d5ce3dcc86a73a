namespace RulesEngine.Core.Facts;

/// <summary>What kind of system a host is, from its name (and, for SuccessFactors, the URL's path): the one place that
/// knows SAP's host patterns, so rules test a derived field (<c>target: cpi-runtime</c>) instead of repeating a regex.</summary>
internal static class HostTargets
{
    public const string CpiRuntime = "cpi-runtime";
    public const string CpiDesignTime = "cpi-design-time";
    public const string SuccessFactorsApi = "successfactors-api";
    public const string SuccessFactorsOAuth = "successfactors-oauth";
    public const string C4c = "c4c";
    public const string ByDesign = "bydesign";
    public const string CloudConnector = "cloud-connector";
    public const string Other = "other";

    /// <summary>Every value, for the fact catalog.</summary>
    public static IReadOnlyList<string> All { get; } = [CpiRuntime, CpiDesignTime, SuccessFactorsApi, SuccessFactorsOAuth, C4c, ByDesign, CloudConnector, Other];

    /// <summary>The target of a call to <paramref name="host"/> (at <paramref name="url"/>); null when there is no host.</summary>
    public static string? Of(string? host, string? url = null)
    {
        if (string.IsNullOrEmpty(host))
        {
            return null;
        }

        var labels = host.ToLowerInvariant().Split('.');
        if (labels.Any(l => l.StartsWith("it-cpi", StringComparison.Ordinal) && l.EndsWith("-rt", StringComparison.Ordinal)))
        {
            return CpiRuntime; // *.it-cpi018-rt.cfapps.* serves integration flows
        }

        if (labels.Any(l => l.StartsWith("it-cpi", StringComparison.Ordinal)))
        {
            return CpiDesignTime; // *.it-cpi018.cfapps.*: the tenant's UI and API
        }

        if (EndsWith(labels, "crm", "ondemand", "com"))
        {
            return C4c;
        }

        if (EndsWith(labels, "sapbydesign", "com"))
        {
            return ByDesign;
        }

        if (labels[0] is "connectivitytunnel" or "connectivitycertsigning" or "connectivitynotification")
        {
            return CloudConnector; // the BTP endpoints the Cloud Connector opens its tunnel to
        }

        if ((labels.Length >= 2 && labels[^2] is "successfactors" or "sapsf" && labels[^1] is "com" or "eu" or "cn") || EndsWith(labels, "hr", "cloud", "sap"))
        {
            return url?.Contains("/oauth/", StringComparison.OrdinalIgnoreCase) == true ? SuccessFactorsOAuth : SuccessFactorsApi;
        }

        return Other;
    }

    private static bool EndsWith(string[] labels, params string[] suffix) =>
        labels.Length > suffix.Length && labels.AsSpan(labels.Length - suffix.Length).SequenceEqual(suffix);
}
