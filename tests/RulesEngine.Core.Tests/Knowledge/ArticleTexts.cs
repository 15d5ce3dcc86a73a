using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Tests.Knowledge;

/// <summary>Article files for tests: a valid front matter (lines 1-11) and a body that starts on line 12.</summary>
internal static class ArticleTexts
{
    public const string Path = "kb/articles/3474524.md";

    public const int BodyLine = 12;

    public const string FrontMatter = """
        ---
        id: "3474524"
        title: Client Certificate authentication failing in EC to Workforce integration
        product: SAP SuccessFactors HCM suite
        component: LOD-SF-INT-CPI-TPI
        source: https://userapps.support.sap.com/sap/support/knowledge/en/3474524
        keywords: [SF EC to WFS, client certificate]
        see-also:
          - title: Client Certificate Authentication (Inbound), Cloud Foundry Environment
            url: https://help.sap.com/docs/cloud-integration/sap-cloud-integration/client-certificate-authentication-inbound-cloud-foundry-environment
        ---

        """;

    /// <summary>An article file with <paramref name="body"/> after the standard front matter.</summary>
    public static string WithBody(string body) => FrontMatter + body;

    /// <summary>Reads <paramref name="text"/> as <see cref="Path"/>.</summary>
    public static (Article? Article, DiagnosticBag Bag) Read(string text, string path = Path)
    {
        var bag = new DiagnosticBag();
        return (ArticleReader.Read(path, text, bag), bag);
    }

    /// <summary>Reads an article with <paramref name="body"/> that must load without diagnostics.</summary>
    public static Article Load(string body)
    {
        var (article, bag) = Read(WithBody(body));
        Assert.Empty(bag.Items);
        return Assert.IsType<Article>(article);
    }
}
