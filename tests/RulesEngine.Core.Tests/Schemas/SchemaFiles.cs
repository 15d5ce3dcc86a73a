using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Knowledge;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Reading;
using RulesEngine.Core.Rules.Validation;
using RulesEngine.Core.Testing;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Schemas;

/// <summary>The kinds of knowledge file, each with its schema in <c>kb/schemas/</c>.</summary>
internal enum KnowledgeFileKind
{
    Rules,
    RuleTests,
    Packages,
    Article,
}

/// <summary>Finds knowledge files, validates them against their schema (JsonSchema.Net) and reads them with the engine.</summary>
internal static class SchemaFiles
{
    public const string SchemaFolder = "kb/schemas";

    public const string ModelinePrefix = "# yaml-language-server: $schema=";

    private static readonly ConcurrentDictionary<KnowledgeFileKind, JsonSchema> Schemas = new();

    /// <summary>The schema file name for each kind.</summary>
    public static string SchemaName(KnowledgeFileKind kind) => kind switch
    {
        KnowledgeFileKind.Rules => "rules.schema.json",
        KnowledgeFileKind.RuleTests => "rule-tests.schema.json",
        KnowledgeFileKind.Packages => "packages.schema.json",
        _ => "article.schema.json",
    };

    /// <summary>The full path of a repository-relative path (forward slashes).</summary>
    public static string Full(string relative) => Path.Combine(RepositoryPaths.Root, relative);

    /// <summary>The kind of a knowledge file by its name: <c>*.md</c> articles, <c>*.tests.yaml</c> rule tests,
    /// <c>packages.yaml</c> (or any YAML in a <c>packages</c> folder) the catalog, other YAML rules.</summary>
    public static KnowledgeFileKind KindOf(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".md", StringComparison.Ordinal) ? KnowledgeFileKind.Article
            : name.EndsWith(RuleTestReader.Suffix, StringComparison.Ordinal) ? KnowledgeFileKind.RuleTests
            : name == "packages.yaml" || Path.GetFileName(Path.GetDirectoryName(path)) == "packages" ? KnowledgeFileKind.Packages
            : KnowledgeFileKind.Rules;
    }

    /// <summary>Every shipped knowledge file, repository-relative: YAML under <c>rules/</c> and <c>kb/</c>, articles under <c>kb/articles/</c>.</summary>
    public static IReadOnlyList<string> Shipped() =>
    [
        .. Under("rules", "*.yaml", "*.yml"),
        .. Under("kb", "*.yaml", "*.yml"),
        .. Under("kb/articles", "*.md"),
    ];

    /// <summary>Repository-relative paths of the files matching <paramref name="patterns"/> under <paramref name="folder"/>, sorted.</summary>
    public static IEnumerable<string> Under(string folder, params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Full(folder), p, SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>The YAML a schema applies to: the whole file, or an article's front matter.</summary>
    public static (string Yaml, int FirstLine) Yaml(string relative)
    {
        var text = File.ReadAllText(Full(relative));
        if (KindOf(relative) != KnowledgeFileKind.Article)
        {
            return (text, 1);
        }

        var parts = FrontMatter.Split(text, out var problem) ?? throw new InvalidDataException($"{relative}: {problem}");
        return (parts.Yaml, parts.YamlLine);
    }

    /// <summary>The schema of <paramref name="kind"/>, parsed once.</summary>
    public static JsonSchema Schema(KnowledgeFileKind kind) =>
        Schemas.GetOrAdd(kind, k => JsonSchema.FromText(File.ReadAllText(Full($"{SchemaFolder}/{SchemaName(k)}"))));

    /// <summary>The schema errors of a repository-relative file, as <c>#/pointer keyword: message</c> lines.</summary>
    public static IReadOnlyList<SchemaError> SchemaErrors(string relative) =>
        SchemaErrors(KindOf(relative), YamlJson.Convert(Yaml(relative).Yaml));

    /// <summary>The errors of <paramref name="instance"/> against the schema of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<SchemaError> SchemaErrors(KnowledgeFileKind kind, JsonNode? instance) => Evaluate(Schema(kind), instance);

    /// <summary>The errors of <paramref name="instance"/> against <paramref name="schema"/>: those of the failing
    /// subschemas only (a passing <c>anyOf</c> branch or <c>if</c> test says nothing).</summary>
    public static IReadOnlyList<SchemaError> Evaluate(JsonSchema schema, JsonNode? instance)
    {
        var element = JsonSerializer.SerializeToElement(instance);
        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        return [.. Failures(results).Distinct()];
    }

    /// <summary>The errors of a failing node and of the subschemas that make it fail: a passing branch of a failing
    /// object says nothing, nor does an <c>if</c> test, nor the other branches of an <c>anyOf</c> or <c>oneOf</c> one
    /// branch of which passes. <c>oneOf</c> with several passing branches and a failing <c>not</c> get a message here
    /// (JsonSchema.Net marks them invalid without one).</summary>
    private static IEnumerable<SchemaError> Failures(EvaluationResults node)
    {
        if (node.IsValid)
        {
            return [];
        }

        var location = "#" + node.InstanceLocation;
        var path = node.EvaluationPath.ToString();
        var own = (node.Errors ?? new Dictionary<string, string>()).Select(e => new SchemaError(location, e.Key.Length > 0 ? e.Key : FalseSchemaKeyword(path), e.Value));
        var nested = (node.Details ?? []).GroupBy(c => Applicator(path, c.EvaluationPath.ToString())).SelectMany(group =>
        {
            var branches = group.ToList();
            var passing = branches.Count(b => b.IsValid);
            return group.Key switch
            {
                "if" => [],
                "anyOf" when passing > 0 => [],
                "oneOf" when passing == 1 => [],
                "oneOf" when passing > 1 => [new SchemaError(location, "oneOf", $"the value matches {passing} alternatives; it must match exactly one")],
                "not" => passing > 0 ? [new SchemaError(location, "not", "the value must not match the 'not' schema")] : [],
                _ => branches.SelectMany(Failures),
            };
        });
        return own.Concat(nested);
    }

    /// <summary>The keyword under which a child node sits (<c>anyOf</c> for <c>/…/anyOf/2</c>).</summary>
    private static string Applicator(string parent, string child) =>
        child.Length > parent.Length + 1 ? child[(parent.Length + 1)..].Split('/')[0] : "";

    // A false schema reports no keyword: name it after where it sits.
    private static string FalseSchemaKeyword(string path) =>
        path.EndsWith("/additionalProperties", StringComparison.Ordinal) ? "additionalProperties" : "false";

    /// <summary>What the engine reports for a repository-relative file: rule files are validated with the shipped
    /// articles' ids and together with <paramref name="otherRuleFiles"/> (inferred kinds and signals are shared).</summary>
    public static IReadOnlyList<Diagnostic> EngineDiagnostics(string relative, IEnumerable<string>? otherRuleFiles = null)
    {
        var bag = new DiagnosticBag();
        var path = Full(relative);
        var text = File.ReadAllText(path);
        switch (KindOf(relative))
        {
            case KnowledgeFileKind.Rules:
                var documents = new List<RuleDocument> { RuleDocumentReader.Read(path, text, bag) };
                documents.AddRange((otherRuleFiles ?? []).Where(f => f != relative).Select(f => RuleDocumentReader.Read(Full(f), File.ReadAllText(Full(f)), new DiagnosticBag())));
                RuleValidator.Validate(documents, ShippedArticleIds.Value, bag);
                break;
            case KnowledgeFileKind.RuleTests:
                // The shipped tests read their fixtures from anywhere inside the rules folder.
                RuleTestReader.Read(path, text, bag, Support.RepositoryPaths.Rules);
                break;
            case KnowledgeFileKind.Packages:
                PackageCatalogReader.Read(path, text, bag);
                break;
            case KnowledgeFileKind.Article:
                ArticleReader.Read(path, text, bag);
                break;
        }

        return [.. bag.Items.Where(d => d.Span.Path == path)];
    }

    private static readonly Lazy<IReadOnlySet<string>> ShippedArticleIds = new(() =>
        Under("kb/articles", "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal));
}

/// <summary>One schema error: where in the instance, which keyword, and the message.</summary>
internal sealed record SchemaError(string Location, string Keyword, string Message)
{
    public override string ToString() => $"{Location} {Keyword}: {Message}";
}
