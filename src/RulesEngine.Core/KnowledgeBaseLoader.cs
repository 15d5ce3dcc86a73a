using System.Text;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Extraction.Signals;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Knowledge;
using RulesEngine.Core.Rules;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Operators;
using RulesEngine.Core.Rules.Reading;
using RulesEngine.Core.Rules.Validation;
using RulesEngine.Core.Testing;

namespace RulesEngine.Core;

/// <summary>Loads a knowledge base from a rules folder (YAML rule files, any depth) and a kb folder (articles and
/// catalog data), collecting every problem instead of stopping at the first.</summary>
public static class KnowledgeBaseLoader
{
    /// <summary>Largest rule file accepted, in bytes.</summary>
    public const long MaxRuleFileBytes = 1_000_000;

    /// <summary>Reads, validates and compiles; diagnostics name each file by its folder's name and the path below it
    /// (<c>rules/cpi-inbound/untrusted-ca.yaml</c>, <c>kb/articles/3474524.md</c>), wherever the folders lie.</summary>
    public static KnowledgeBaseLoadResult Load(string rulesDirectory, string kbDirectory, CancellationToken cancellationToken = default)
    {
        var bag = new DiagnosticBag();
        var knowledge = KnowledgeFolderReader.Read(kbDirectory, bag);
        var ruleDiagnostics = bag.Items.Count;
        var read = ReadRuleFiles(rulesDirectory, bag);
        var documents = ConditionBlocks.Expand(read, bag);
        var rules = documents.SelectMany(d => d.Rules).ToList();

        // An article whose file does not load still exists: the rules concluding it get no second error for it.
        var schema = RuleValidator.Validate(documents, ArticleIds(knowledge, kbDirectory), bag);

        // One mistake, one error: when a rule file does not read, the articles are not judged against rules that are
        // missing (every one would be 'not concluded' and its template 'unknown members'); the skip is said once.
        if (bag.Items.Skip(ruleDiagnostics).Any(d => d.IsError && (int)d.Code < 2000))
        {
            bag.Warning(DiagnosticCode.ArticlesNotChecked, SourceSpan.File(KnowledgePaths.Of(Path.Combine(kbDirectory, KnowledgeFolderReader.ArticlesFolder), kbDirectory)),
                "the articles were not checked against the rules because the rules have the errors above; fix them and validate again");
        }
        else
        {
            CheckArticles(knowledge, rules, schema, bag);
        }
        if (bag.HasErrors)
        {
            return new KnowledgeBaseLoadResult(null, bag.Items);
        }

        var factory = RuleSetCompiler.CompilePartitioned(rules, schema, bag, cancellationToken);
        if (factory is null || bag.HasErrors)
        {
            return new KnowledgeBaseLoadResult(null, bag.Items);
        }

        var signals = documents.SelectMany(d => d.Signals).Select(ToPattern).ToList();
        string revision;
        try
        {
            revision = KnowledgeRevision.OfFolders(rulesDirectory, kbDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file removed or locked since it was read: the revision would not name what was loaded.
            bag.Error(DiagnosticCode.FileUnreadable, SourceSpan.File(KnowledgePaths.Of(rulesDirectory, rulesDirectory)), $"cannot read the knowledge base's files for its revision: {ex.Message}");
            return new KnowledgeBaseLoadResult(null, bag.Items);
        }

        var knowledgeBase = new KnowledgeBase(rules, schema, knowledge.Articles, knowledge.Catalog, signals, factory, revision);
        return new KnowledgeBaseLoadResult(knowledgeBase, bag.Items);
    }

    // The ids of the articles that loaded and of the article files that did not (a file is named after its article).
    private static HashSet<string> ArticleIds(KnowledgeFolder knowledge, string kbDirectory)
    {
        var ids = knowledge.Articles.Keys.ToHashSet(StringComparer.Ordinal);
        var folder = Path.Combine(kbDirectory, KnowledgeFolderReader.ArticlesFolder);
        if (Directory.Exists(folder))
        {
            ids.UnionWith(KnowledgeFiles.Visible(folder, "*.md", allLevels: false).Select(Path.GetFileNameWithoutExtension).OfType<string>());
        }

        return ids;
    }

    /// <summary>Each article is concluded by some rule (else a warning), and its template uses only what its model has.</summary>
    private static void CheckArticles(KnowledgeFolder knowledge, List<RuleNode> rules, FactSchema schema, DiagnosticBag bag)
    {
        foreach (var article in knowledge.Articles.Values.OrderBy(a => a.Path, StringComparer.Ordinal))
        {
            var concluding = rules.Where(r => r.Conclusion is FindingConclusion f && f.Article.Value == article.Id).ToList();
            if (concluding.Count == 0)
            {
                bag.Warning(DiagnosticCode.ArticleNotConcluded, SourceSpan.File(article.Path), $"no rule concludes article '{article.Id}': it can never be shown; add a rule with 'article: \"{article.Id}\"'");
            }

            TemplateVariableChecker.Check(article, TemplateModelShape.For(concluding, schema), bag);
        }
    }

    // Only called after validation: the regex is known to be accepted. It is built when a ticket first needs it.
    private static SignalPattern ToPattern(SignalNode signal) => signal.Regex is { } regex
        ? SignalPattern.Deferred(signal.Name.Value, [.. signal.Keywords.Select(k => k.Value)], regex.Value, RegexFactory.Check(regex.Value, out _) ?? [], signal.Certain)
        : new SignalPattern(signal.Name.Value, [.. signal.Keywords.Select(k => k.Value)], null, signal.Certain);

    private static List<RuleDocument> ReadRuleFiles(string directory, DiagnosticBag bag)
    {
        var documents = new List<RuleDocument>();
        if (!Directory.Exists(directory))
        {
            bag.Error(DiagnosticCode.FolderNotFound, SourceSpan.File(directory), "the rules folder does not exist: pass --rules DIR");
            return documents;
        }

        var files = KnowledgeFiles.Visible(directory, "*.*", allLevels: true)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Where(f => !f.EndsWith(RuleTestReader.Suffix, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = KnowledgePaths.Of(file, directory);
            if (ReadText(file, path, bag) is not { } text)
            {
                continue;
            }

            documents.Add(RuleDocumentReader.Read(path, text, bag));
        }

        return documents;
    }

    private static string? ReadText(string file, string path, DiagnosticBag bag)
    {
        try
        {
            if (new FileInfo(file).Length > MaxRuleFileBytes)
            {
                bag.Error(DiagnosticCode.FileTooLarge, SourceSpan.File(path), $"the file is larger than {MaxRuleFileBytes:N0} bytes: split it");
                return null;
            }

            return File.ReadAllText(file, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            bag.Error(DiagnosticCode.FileUnreadable, SourceSpan.File(path), $"cannot read the file: {ex.Message}");
            return null;
        }
    }
}
