using NRules;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules;
using RulesEngine.Core.Rules.Reading;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>Reads, validates and compiles YAML rules held in a string, as the loader does with files.</summary>
internal static class RuleHarness
{
    public const string Path = "test.yaml";

    public static IReadOnlyList<Diagnostic> Diagnose(string yaml, params string[] articles)
    {
        var bag = new DiagnosticBag();
        var documents = ConditionBlocks.Expand([RuleDocumentReader.Read(Path, yaml, bag)], bag);
        RuleValidator.Validate(documents, articles.ToHashSet(StringComparer.Ordinal), bag);
        return bag.Items;
    }

    public static ISessionFactory Compile(string yaml, params string[] articles)
    {
        var bag = new DiagnosticBag();
        var document = ConditionBlocks.Expand([RuleDocumentReader.Read(Path, yaml, bag)], bag)[0];
        var schema = RuleValidator.Validate([document], articles.ToHashSet(StringComparer.Ordinal), bag);
        var factory = RuleSetCompiler.Compile(document.Rules, schema, bag);
        Assert.True(factory is not null && !bag.HasErrors, string.Join("\n", bag.Items));
        return factory!;
    }

    /// <summary>Inserts the facts, fires, and returns the session for queries.</summary>
    public static ISession Run(ISessionFactory factory, params Fact[] facts)
    {
        var session = factory.CreateSession();
        session.InsertAll(facts);
        session.Fire();
        return session;
    }

    public static IReadOnlyList<Finding> Findings(ISessionFactory factory, params Fact[] facts) =>
        [.. Run(factory, facts).Query<Finding>()];

    public static Evidence At(int line) => new("ticket.txt", line, 1, "line " + line);

    public static HttpError Http(int status, string? url = null, int line = 1) =>
        new(status, "Reason", url, url is null ? null : new Uri(url).Host) { Evidence = At(line) };

    public static LogEntry Log(string message, string? level = "ERROR", int line = 2) =>
        new(new DateTimeOffset(2026, 11, 28, 10, 15, 2, TimeSpan.Zero), level, "com.sap.it.Logger", "exec-1", message) { Evidence = At(line) };

    public static Certificate Cert(string sha256, string origin, bool singleLine = true, int line = 3, DateTimeOffset? notAfter = null) =>
        new(sha256, "11:22", "CN=client,O=Test,C=DE", "CN=ca,O=Test,C=DE", "0A", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            notAfter ?? new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), origin, singleLine) { Evidence = At(line) };

    public static PackageMention Package(string id, string name = "Some package", int line = 4) =>
        new(name, id, name) { Evidence = At(line) };
}
