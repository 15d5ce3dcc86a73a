using RulesEngine.Core.Catalog;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.Packages;

public sealed class PackageMentionExtractorTests
{
    [Theory]
    [InlineData("We use Packaged Integration - SF EC to WFS since May.")]
    [InlineData("we use packaged integration - sf ec to wfs since may")]
    [InlineData("We use Packaged Integration \u2013 SF EC to WFS since May.")]
    [InlineData("We use Packaged Integration \u2014 SF EC to WFS since May.")]
    [InlineData("We use Packaged Integration-SF EC to WFS since May.")]
    [InlineData("We use Packaged  Integration -\n  SF EC\tto WFS since May.")]
    [InlineData("We use \"Packaged Integration - SF EC to WFS\" since May.")]
    [InlineData("We use \u201cPackaged Integration - SF EC to WFS\u201d since May.")]
    public void Extract_NameWrittenTolerantly_GivesCatalogEntry(string text)
    {
        var mention = Assert.Single(Extract.Facts<PackageMention>(text));

        Assert.Equal("sf-ec-to-wfs", mention.Id);
        Assert.Equal("Packaged Integration - SF EC to WFS", mention.Name);
        Assert.StartsWith("Packaged", mention.Text, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("WFS", mention.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(text.IndexOf(mention.Text, StringComparison.Ordinal) + 1, mention.Evidence.Column);
    }

    [Fact]
    public void Extract_LongerNameContainsAlias_GivesOnlyLongerName()
    {
        var mention = Assert.Single(Extract.Facts<PackageMention>("Error in Packaged Integration SF EC to WFS - Custom Mapping."));

        Assert.Equal("sf-ec-to-wfs-custom", mention.Id);
        Assert.Equal("Packaged Integration SF EC to WFS - Custom Mapping", mention.Text);
    }

    [Fact]
    public void Extract_AliasAlone_GivesItsEntry()
    {
        var mention = Assert.Single(Extract.Facts<PackageMention>("Keywords: SF EC to WFS, WFS, workforce"));

        Assert.Equal("sf-ec-to-wfs", mention.Id);
        Assert.Equal("SF EC to WFS", mention.Text);
    }

    [Fact]
    public void Extract_SeveralPackages_GivesEachInTextOrder()
    {
        const string text = "Packaged Integration - SF EC to WFS\nPackaged Integration SF EC to WFS - Custom Mapping\n"
            + "401: Unauthorized. error in Packaged Integration - WFS to SF EC Payroll";

        var mentions = Extract.Facts<PackageMention>(text);

        Assert.Equal(["sf-ec-to-wfs", "sf-ec-to-wfs-custom", "wfs-to-sf-ec-payroll"], mentions.Select(m => m.Id));
        Assert.Equal([1, 2, 3], mentions.Select(m => m.Evidence.Line));
        Assert.Equal(29, mentions[2].Evidence.Column);
    }

    [Theory]
    [InlineData("XSF EC to WFS")]
    [InlineData("SF EC to WFSX")]
    [InlineData("SF EC toWFS")]
    [InlineData("Packaged Integration SF EC")]
    public void Extract_PartialOrRunTogetherName_GivesNothing(string text)
    {
        Assert.Empty(Extract.Facts<PackageMention>(text));
    }

    [Fact]
    public void Extract_EmptyCatalog_GivesNoMentions()
    {
        var facts = new FactExtractor(PackageCatalog.Empty)
            .Extract([new TicketInput("ticket.txt", "Packaged Integration - SF EC to WFS")]);

        Assert.Empty(facts.OfType<PackageMention>());
    }
}
