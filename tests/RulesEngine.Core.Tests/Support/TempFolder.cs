namespace RulesEngine.Core.Tests.Support;

/// <summary>A temporary folder, deleted on dispose, with helpers to write files into it.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "triage-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes <paramref name="text"/> (UTF-8) to a path relative to the folder and returns the full path.</summary>
    public string Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Writes a minimal article <c>kb/articles/ID.md</c> (front matter and <paramref name="body"/>).</summary>
    public string WriteArticle(string id, string body = "Status {{ finding.status }}.\n") =>
        Write($"kb/articles/{id}.md", $"---\nid: {id}\ntitle: {id}\nproduct: P\ncomponent: C\nsource: https://example.com\n---\n{body}");

    /// <summary>Loads the knowledge base of the folder's <c>rules</c> and <c>kb</c>, as the CLI does.</summary>
    public KnowledgeBaseLoadResult LoadKnowledgeBase() => KnowledgeBaseLoader.Load(Path.Combine(Root, "rules"), Path.Combine(Root, "kb"));

    /// <summary>Copies a folder tree to <paramref name="relativePath"/> inside this folder and returns the copy's path.</summary>
    public string CopyFrom(string source, string relativePath)
    {
        var target = Path.Combine(Root, relativePath);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
