using System.Globalization;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Knowledge;
using RulesEngine.Core.Rules.Reading;
using RulesEngine.Core.Rules.Validation;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>Golden files: each broken rule or article file in <c>TestFiles/authoring</c> has, in <c>NAME.out.txt</c>,
/// the exact diagnostics it must produce (severity, code, line, column). <c>UPDATE_GOLDEN=1</c> rewrites them.</summary>
public sealed class AuthoringGoldenTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "RulesEngine.Core.Tests", "TestFiles", "authoring");

    public static TheoryData<string> Files => [.. Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_BrokenFile_ReportsExactlyTheGoldenDiagnostics(string name)
    {
        // Arrange
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var golden = Path.Combine(Folder, Path.ChangeExtension(name, ".out.txt"));

        // Act
        var actual = Format(name.EndsWith(".md", StringComparison.Ordinal) ? Article(text) : Rules(name, text));

        // Assert
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"{golden} is missing: run with UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(golden), actual);
        Assert.NotEqual("", actual);
    }

    private static IReadOnlyList<Diagnostic> Rules(string name, string text)
    {
        var bag = new DiagnosticBag();
        RuleValidator.Validate([RuleDocumentReader.Read(name, text, bag)], new HashSet<string> { "a1" }, bag);
        return bag.Items;
    }

    // Read as a1.md so the file name matches the id; the template is checked against the model of an article no rule binds.
    private static IReadOnlyList<Diagnostic> Article(string text)
    {
        var bag = new DiagnosticBag();
        if (ArticleReader.Read("a1.md", text, bag) is { } article)
        {
            TemplateVariableChecker.Check(article, TemplateModelShape.For([], FactSchema.BuiltIn), bag);
        }

        return bag.Items;
    }

    private static string Format(IEnumerable<Diagnostic> diagnostics) => string.Concat(diagnostics
        .OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ThenBy(d => d.Code)
        .Select(d => string.Create(CultureInfo.InvariantCulture, $"({d.Span.Line},{d.Span.Column}): {(d.IsError ? "error" : "warning")} {d.Id}\n")));
}
