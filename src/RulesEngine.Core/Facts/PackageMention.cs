namespace RulesEngine.Core.Facts;

/// <summary>An integration package named in the ticket and recognised from the package catalog.</summary>
/// <param name="Name">The package's canonical name from the catalog.</param>
/// <param name="Id">The catalog id (a Business Accelerator Hub id where there is one).</param>
/// <param name="Text">The text as the customer typed it.</param>
internal sealed record PackageMention(string Name, string Id, string Text) : Fact;
