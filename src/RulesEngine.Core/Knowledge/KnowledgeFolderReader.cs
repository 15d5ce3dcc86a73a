using System.Collections.Frozen;
using System.Text;
using RulesEngine.Core.Catalog;
using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Knowledge;

/// <summary>Reads a knowledge-base folder: <c>articles/*.md</c> (in file-name order) and <c>packages.yaml</c>.
/// Every file is read and checked; a broken file never hides the problems of the others.</summary>
internal static class KnowledgeFolderReader
{
    /// <summary>Largest file read, in bytes (1 MiB).</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The articles folder, relative to the knowledge-base folder.</summary>
    public const string ArticlesFolder = "articles";

    /// <summary>The package catalog file, relative to the knowledge-base folder.</summary>
    public const string CatalogFile = "packages.yaml";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="kbDirectory"/>; what cannot be read is reported in <paramref name="bag"/> and left out.</summary>
    public static KnowledgeFolder Read(string kbDirectory, DiagnosticBag bag)
    {
        if (!Directory.Exists(kbDirectory))
        {
            bag.Error(DiagnosticCode.FolderNotFound, SourceSpan.File(kbDirectory), $"knowledge-base folder '{kbDirectory}' does not exist");
            return KnowledgeFolder.Empty;
        }

        // Paths as the rule files' diagnostics print them: relative to the current folder when under it.
        return new KnowledgeFolder(ReadArticles(kbDirectory, bag), ReadCatalog(kbDirectory, bag));
    }

    private static FrozenDictionary<string, Article> ReadArticles(string kbDirectory, DiagnosticBag bag)
    {
        var folder = Path.Combine(kbDirectory, ArticlesFolder);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return articles.ToFrozenDictionary(StringComparer.Ordinal);
        }

        foreach (var file in KnowledgeFiles.Visible(folder, "*.md", allLevels: false).Order(StringComparer.Ordinal))
        {
            var path = KnowledgePaths.Of(file, kbDirectory);
            if (ReadText(file, path, bag) is not { } text || ArticleReader.Read(path, text, bag) is not { } article)
            {
                continue;
            }

            if (!articles.TryAdd(article.Id, article))
            {
                bag.Error(DiagnosticCode.DuplicateArticleId, SourceSpan.File(path), $"article id '{article.Id}' is already used by '{articles[article.Id].Path}': give each article its own id");
            }
        }

        return articles.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static PackageCatalog ReadCatalog(string kbDirectory, DiagnosticBag bag)
    {
        var file = Path.Combine(kbDirectory, CatalogFile);
        var path = KnowledgePaths.Of(file, kbDirectory);
        return File.Exists(file) && ReadText(file, path, bag) is { } text
            ? PackageCatalogReader.Read(path, text, bag) ?? PackageCatalog.Empty
            : PackageCatalog.Empty;
    }

    // Reads 'file'; problems name it as 'path'.
    private static string? ReadText(string file, string path, DiagnosticBag bag)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > MaxFileBytes)
            {
                bag.Error(DiagnosticCode.FileTooLarge, SourceSpan.File(path), $"file is {length:N0} bytes; the limit is {MaxFileBytes:N0}: split it");
                return null;
            }

            return File.ReadAllText(file, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            bag.Error(DiagnosticCode.FileUnreadable, SourceSpan.File(path), "file is not UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(DiagnosticCode.FileUnreadable, SourceSpan.File(path), $"file cannot be read: {ex.Message}");
        }

        return null;
    }
}
