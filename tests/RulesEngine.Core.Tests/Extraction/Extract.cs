using RulesEngine.Core.Catalog;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction;

/// <summary>Runs the public <see cref="FactExtractor"/> over test text.</summary>
internal static class Extract
{
    /// <summary>The catalog of the seed article's packages (KBA 3474524).</summary>
    public static PackageCatalog SeedCatalog { get; } = new(
    [
        new PackageEntry("sf-ec-to-wfs", "Packaged Integration - SF EC to WFS", ["SF EC to WFS"], "SAP", null, []),
        new PackageEntry("sf-ec-to-wfs-custom", "Packaged Integration SF EC to WFS - Custom Mapping", [], "SAP", null, []),
        new PackageEntry("wfs-to-sf-ec-payroll", "Packaged Integration - WFS to SF EC Payroll", [], "SAP", null, []),
    ]);

    /// <summary>All facts of one input.</summary>
    public static IReadOnlyList<Fact> All(string content, string name = "ticket.txt") =>
        new FactExtractor(SeedCatalog).Extract([new TicketInput(name, content)]);

    /// <summary>The facts of type <typeparamref name="T"/> of one input.</summary>
    public static List<T> Facts<T>(string content, string name = "ticket.txt")
        where T : Fact => [.. All(content, name).OfType<T>()];
}
