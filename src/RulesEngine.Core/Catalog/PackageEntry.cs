namespace RulesEngine.Core.Catalog;

/// <summary>An integration package known to the knowledge base (from <c>kb/packages.yaml</c>).</summary>
/// <param name="Id">Stable id: the Business Accelerator Hub id where there is one.</param>
/// <param name="Name">The canonical display name.</param>
/// <param name="Aliases">Other names people type for it.</param>
/// <param name="Vendor">Who delivers it (SAP, or a partner).</param>
/// <param name="Url">Its page, e.g. <c>https://api.sap.com/package/&lt;id&gt;/integrationflow</c>.</param>
/// <param name="Alternatives">Ids of packages that replace it (partner or successor packages).</param>
public sealed record PackageEntry(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Vendor,
    string? Url,
    IReadOnlyList<string> Alternatives);
