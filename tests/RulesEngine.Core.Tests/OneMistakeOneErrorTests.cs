using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests;

/// <summary>One mistake gives one error: what follows from it (articles no rule concludes because the rule file did not
/// read, a template's members, an article that "does not exist" because its template did not parse) is not reported
/// again; what was skipped is said once. Article and rule diagnostics name their files the same way.</summary>
public sealed class OneMistakeOneErrorTests
{
    [Fact]
    public void Load_YamlErrorInOneRuleFile_OneErrorAndOneSkipNote()
    {
        using var folder = new TempFolder();
        var rules = folder.CopyFrom(RepositoryPaths.Rules, "rules");
        File.AppendAllText(Path.Combine(rules, "cpi-inbound", "role-mismatch.yaml"), "rules:\n  - id: x\n   bad: [\n");

        var diagnostics = KnowledgeBaseLoader.Load(rules, RepositoryPaths.Kb).Diagnostics;

        Assert.Equal([DiagnosticCode.YamlSyntax, DiagnosticCode.ArticlesNotChecked], diagnostics.Select(d => d.Code));
        Assert.Single(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Load_RulesFolderMissing_OneErrorAndOneSkipNote()
    {
        var diagnostics = KnowledgeBaseLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-rules-" + Guid.NewGuid().ToString("N")), RepositoryPaths.Kb).Diagnostics;

        Assert.Equal([DiagnosticCode.FolderNotFound, DiagnosticCode.ArticlesNotChecked], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Load_TemplateSyntaxError_OnlyThatError()
    {
        using var folder = new TempFolder();
        var kb = folder.CopyFrom(RepositoryPaths.Kb, "kb");
        var article = Path.Combine(kb, "articles", "3474524.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("{{ end }}", "{{ end", StringComparison.Ordinal));

        var diagnostics = KnowledgeBaseLoader.Load(RepositoryPaths.Rules, kb).Diagnostics;

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.TemplateSyntax, error.Code);
        Assert.EndsWith("3474524.md", error.Span.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ArticleAndRuleDiagnostics_NameTheirFilesTheSameWay()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", "rules:\n  - id: r1\n    article: a1\n    when:\n      - http-eror: {}\n");
        folder.Write("kb/articles/a1.md", "---\nid: a1\ntitle: T\nproduct: P\ncomponent: C\nsource: https://example.com\n---\n{{ x\n");

        var diagnostics = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb")).Diagnostics;

        var rule = Assert.Single(diagnostics, d => d.Code == DiagnosticCode.UnknownFactKind);
        var article = Assert.Single(diagnostics, d => d.Span.Path.EndsWith("a1.md", StringComparison.Ordinal));
        Assert.Equal(Path.GetDirectoryName(Path.GetDirectoryName(rule.Span.Path)), Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(article.Span.Path))));
    }
}
