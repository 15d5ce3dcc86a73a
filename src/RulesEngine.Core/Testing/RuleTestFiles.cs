using System.Text;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Testing;

/// <summary>Finds and reads rule-test files: files given directly, and every <c>*.tests.yaml</c> under folders given.</summary>
public static class RuleTestFiles
{
    /// <summary>Reads every test file under <paramref name="paths"/>, in path order; problems go to <paramref name="bag"/>.
    /// A test file inside <paramref name="rulesFolder"/> may read inputs anywhere in that folder and nowhere else, so a
    /// knowledge base copied with its own folders still runs its tests; a test file elsewhere reads only beside and below itself.</summary>
    public static IReadOnlyList<RuleTestFile> Load(IEnumerable<string> paths, DiagnosticBag bag, string? rulesFolder = null)
    {
        var root = rulesFolder is null ? null : Path.GetFullPath(rulesFolder);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.UnionWith(KnowledgeFiles.Visible(path, "*" + RuleTestReader.Suffix, allLevels: true));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                bag.Error(DiagnosticCode.FileUnreadable, SourceSpan.File(path), "no such test file or folder");
            }
        }

        var result = new List<RuleTestFile>();
        foreach (var file in files)
        {
            var display = root is not null ? KnowledgePaths.Of(file, root) : KnowledgePaths.Display(file);
            try
            {
                var full = Path.GetFullPath(file);
                var inputRoot = root is not null && KnowledgePaths.IsInside(root, full) ? root : Path.GetDirectoryName(full)!;
                result.Add(RuleTestReader.Read(display, File.ReadAllText(file, new UTF8Encoding(false, throwOnInvalidBytes: true)), bag, inputRoot, full));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                bag.Error(DiagnosticCode.FileUnreadable, SourceSpan.File(display), $"cannot read the file: {ex.Message}");
            }
        }

        return result;
    }
}
