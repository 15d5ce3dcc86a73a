using RulesEngine.Core.Tests.Support;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Tests.Knowledge;

public sealed class KnowledgeFolderReaderTests
{
    private const string Catalog = "packages:\n  - id: sf-ec-to-wfs\n    name: Packaged Integration - SF EC to WFS\n";

    [Fact]
    public void Read_ValidFolder_LoadsArticlesAndCatalog()
    {
        using var kb = new TempFolder();
        kb.Write("articles/3474524.md", ArticleTexts.WithBody("# Body\n"));
        kb.Write("articles/notes.txt", "not an article");
        kb.Write("packages.yaml", Catalog);
        var bag = new DiagnosticBag();

        var folder = KnowledgeFolderReader.Read(kb.Root, bag);

        Assert.Empty(bag.Items);
        Assert.Equal(["3474524"], folder.Articles.Keys);
        Assert.NotNull(folder.Catalog.Find("sf-ec-to-wfs"));
    }

    [Fact]
    public void Read_MissingFolder_ReportsFolderNotFound()
    {
        var bag = new DiagnosticBag();

        var folder = KnowledgeFolderReader.Read(Path.Combine(Path.GetTempPath(), "re-kb-missing-" + Guid.NewGuid().ToString("N")), bag);

        Assert.Equal(DiagnosticCode.FolderNotFound, Assert.Single(bag.Items).Code);
        Assert.Empty(folder.Articles);
        Assert.Empty(folder.Catalog.Entries);
    }

    [Fact]
    public void Read_NoCatalogFile_GivesEmptyCatalog()
    {
        using var kb = new TempFolder();
        kb.Write("articles/3474524.md", ArticleTexts.WithBody("x"));
        var bag = new DiagnosticBag();

        var folder = KnowledgeFolderReader.Read(kb.Root, bag);

        Assert.Empty(bag.Items);
        Assert.Empty(folder.Catalog.Entries);
        Assert.Single(folder.Articles);
    }

    [Fact]
    public void Read_BrokenFiles_ReportsEveryProblemInFileOrder()
    {
        using var kb = new TempFolder();
        var copy = kb.Write("articles/1111111.md", ArticleTexts.WithBody("copy"));
        var good = kb.Write("articles/3474524.md", ArticleTexts.WithBody("good"));
        var badBody = kb.Write("articles/3474525.md", ArticleTexts.WithBody("{{ end }}").Replace("3474524", "3474525", StringComparison.Ordinal));
        var large = kb.Write("articles/3474526.md", ArticleTexts.WithBody(new string('x', 1024 * 1024)));
        var binary = kb.Write("articles/3474527.md", [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]);
        var catalog = kb.Write("packages.yaml", Catalog + "    vendr: SAP\n");
        var bag = new DiagnosticBag();

        var folder = KnowledgeFolderReader.Read(kb.Root, bag);

        // Files are named by the knowledge-base folder's name and the path below it, wherever it lies.
        string Shown(string file) => Path.GetFileName(kb.Root) + "/" + Path.GetRelativePath(kb.Root, file).Replace(Path.DirectorySeparatorChar, '/');
        Assert.Equal(
            [
                (DiagnosticCode.ArticleIdMismatch, Shown(copy)),
                (DiagnosticCode.DuplicateArticleId, Shown(good)),
                (DiagnosticCode.TemplateSyntax, Shown(badBody)),
                (DiagnosticCode.FileTooLarge, Shown(large)),
                (DiagnosticCode.FileUnreadable, Shown(binary)),
                (DiagnosticCode.UnknownKey, Shown(catalog)),
            ],
            bag.Items.Select(d => (d.Code, d.Span.Path)));
        Assert.Equal(["3474524"], folder.Articles.Keys);
        Assert.Equal(Shown(copy), folder.Articles["3474524"].Path);
        Assert.Single(folder.Catalog.Entries);
    }
}
