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

    private static readonly EnumerationOptions VisibleAllLevels = Visible(recurse: true);
    private static readonly EnumerationOptions VisibleTopLevel = Visible(recurse: false);

    /// <summary>The files in ordinal order of their names; a folder that does not exist contributes none.</summary>
    public static ImmutableArray<KnowledgeFile> List(string rulesDirectory, string kbDirectory) =>
        [.. Under(rulesDirectory, RulesRoot).Concat(Under(kbDirectory, KbRoot)).OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>The visible files in <paramref name="directory"/> (and below it, with <paramref name="allLevels"/>) whose
    /// names match <paramref name="pattern"/>, as paths starting with <paramref name="directory"/>. Every reader of a
    /// knowledge base enumerates through this, so what loads is exactly what the revision hashes.</summary>
    public static IEnumerable<string> Visible(string directory, string pattern, bool allLevels) =>
        Directory.EnumerateFiles(directory, pattern, allLevels ? VisibleAllLevels : VisibleTopLevel)
            // Windows does not mark dot files hidden: a leading dot in any segment below the folder hides it everywhere.
            .Where(f => !Path.GetRelativePath(directory, f).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')));

    private static IEnumerable<KnowledgeFile> Under(string directory, string root) => Directory.Exists(directory)
        ? Visible(directory, "*", allLevels: true).Select(f => new KnowledgeFile(root + "/" + Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'), f))
        : [];

    private static EnumerationOptions Visible(bool recurse) => new()
    {
        RecurseSubdirectories = recurse,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };
}
