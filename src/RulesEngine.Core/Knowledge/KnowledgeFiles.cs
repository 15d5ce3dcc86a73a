using System.Collections.Immutable;

namespace RulesEngine.Core.Knowledge;

/// <summary>The files that make up a knowledge base: every file under the rules folder (rules, rule tests, their
/// fixtures) and under the kb folder (articles with their templates, catalog data, schemas). Hidden files and folders
/// (an editor's swap file, <c>.git</c>) are not part of it. The same list is hashed for the revision and packed into a bundle.</summary>
internal static class KnowledgeFiles
{
    /// <summary>The name every rules file starts with, whatever the folder is called on disk.</summary>
    public const string RulesRoot = "rules";

    /// <summary>The name every kb file starts with, whatever the folder is called on disk.</summary>
    public const string KbRoot = "kb";

    private static readonly EnumerationOptions AllVisible = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    /// <summary>The files in ordinal order of their names; a folder that does not exist contributes none.</summary>
    public static ImmutableArray<KnowledgeFile> List(string rulesDirectory, string kbDirectory) =>
        [.. Under(rulesDirectory, RulesRoot).Concat(Under(kbDirectory, KbRoot)).OrderBy(f => f.Name, StringComparer.Ordinal)];

    private static IEnumerable<KnowledgeFile> Under(string directory, string root)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var full = Path.GetFullPath(directory);
        return Directory.EnumerateFiles(full, "*", AllVisible)
            .Where(f => !Path.GetRelativePath(full, f).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')))
            .Select(f => new KnowledgeFile(root + "/" + Path.GetRelativePath(full, f).Replace(Path.DirectorySeparatorChar, '/'), f));
    }
}
