namespace RulesEngine.Core;

/// <summary>How the files of a knowledge base are named and where they may be: one convention for diagnostics,
/// reports, the revision and rule-test inputs.</summary>
internal static class KnowledgePaths
{
    /// <summary>A path relative to the current directory when the file is under it, so messages stay short and clickable.</summary>
    public static string Display(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(file) : relative;
    }

    /// <summary>A knowledge-base file as every diagnostic, report and the revision name it: its folder's name and the
    /// path below it, with '/' (<c>rules/cpi-inbound/untrusted-ca.yaml</c>, <c>kb/articles/3474524.md</c>), the same
    /// wherever the knowledge base lies and whatever the current folder.</summary>
    public static string Of(string file, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var full = Path.GetFullPath(file);
        var relative = Path.GetRelativePath(root, full);
        return !IsInside(root, full) ? Display(file)
            : relative == "." ? Path.GetFileName(root)
            : Path.GetFileName(root) + "/" + relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both full paths).</summary>
    public static bool IsInside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
