using System.Text.RegularExpressions;
using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Tests.Schemas;

/// <summary>Each file under <c>TestFiles/schema-invalid/</c> is rejected by its schema and by the engine, for the
/// reason its second line states: <c># expect: engine CODE; schema KEYWORD at #/json/pointer</c>.</summary>
public sealed partial class InvalidFilesSchemaTests
{
    public const string Folder = "tests/RulesEngine.Core.Tests/TestFiles/schema-invalid";

    public static IReadOnlyList<string> InvalidFiles() => [.. SchemaFiles.Under(Folder, "*.yaml", "*.md")];

    public static TheoryData<string> Files() => [.. InvalidFiles()];

    [Fact]
    public void Folder_HoldsInvalidFilesOfEveryKind()
    {
        var kinds = InvalidFiles().Select(SchemaFiles.KindOf).ToHashSet();

        Assert.Equal(Enum.GetValues<KnowledgeFileKind>().ToHashSet(), kinds);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void InvalidFile_IsRejectedByTheSchema(string file)
    {
        var expected = Expectation(file);

        var errors = SchemaFiles.SchemaErrors(file);

        Assert.True(
            errors.Any(e => e.Keyword == expected.Keyword && (e.Location == expected.Location || e.Location.StartsWith(expected.Location + "/", StringComparison.Ordinal))),
            $"{file}: expected a schema error '{expected.Keyword}' at {expected.Location}; got:\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void InvalidFile_IsRejectedByTheEngine(string file)
    {
        var expected = Expectation(file);

        var diagnostics = SchemaFiles.EngineDiagnostics(file);

        Assert.True(
            diagnostics.Any(d => d.IsError && d.Code == expected.Code),
            $"{file}: expected an engine error {expected.Code}; got:\n{string.Join("\n", diagnostics)}");
    }

    private static (DiagnosticCode Code, string Keyword, string Location) Expectation(string file)
    {
        var line = SchemaFiles.Yaml(file).Yaml.Split('\n').ElementAtOrDefault(1) ?? "";
        var match = ExpectLine().Match(line.TrimEnd('\r'));
        Assert.True(match.Success, $"{file}: the second line must read '# expect: engine CODE; schema KEYWORD at #/pointer', not '{line}'");
        return (Enum.Parse<DiagnosticCode>(match.Groups[1].Value), match.Groups[2].Value, match.Groups[3].Value);
    }

    [GeneratedRegex("^# expect: engine (\\w+); schema (\\w+) at (#\\S*)$")]
    private static partial Regex ExpectLine();
}
