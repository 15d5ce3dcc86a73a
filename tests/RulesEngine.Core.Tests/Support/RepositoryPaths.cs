namespace RulesEngine.Core.Tests.Support;

/// <summary>Finds the repository's shipped folders from a test's output directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Kb => Path.Combine(Root, "kb");

    public static string Samples => Path.Combine(Root, "rules", "fixtures");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RulesEngine.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("RulesEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
