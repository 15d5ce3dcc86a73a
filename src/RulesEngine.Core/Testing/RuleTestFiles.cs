using System.Text;
using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Testing;

/// <summary>Finds and reads rule-test files: files given directly, and every <c>*.tests.yaml</c> under folders given.</summary>
public static class RuleTestFiles
{
    /// <summary>Reads every test file under <paramref name="paths"/>, in path order; problems go to <paramref name="bag"/>.</summary>
    public static IReadOnlyList<RuleTestFile> Load(IEnumerable<string> paths, DiagnosticBag bag)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.UnionWith(Directory.EnumerateFiles(path, "*" + RuleTestReader.Suffix, SearchOption.AllDirectories));
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
            var display = KnowledgeBaseLoader.DisplayPath(file);
            try
            {
                result.Add(RuleTestReader.Read(display, File.ReadAllText(file, new UTF8Encoding(false, throwOnInvalidBytes: true)), bag));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                bag.Error(DiagnosticCode.FileUnreadable, SourceSpan.File(display), $"cannot read the file: {ex.Message}");
            }
        }

        return result;
    }
}
