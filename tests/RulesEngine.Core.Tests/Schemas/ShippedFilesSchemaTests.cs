namespace RulesEngine.Core.Tests.Schemas;

/// <summary>Every shipped knowledge file validates against its schema, loads in the engine without a problem, and
/// names its schema in its first line (inside the front matter for articles) so an editor can complete and check it.</summary>
public sealed class ShippedFilesSchemaTests
{
    public static TheoryData<string> ShippedFiles() => [.. SchemaFiles.Shipped()];

    public static TheoryData<string> FilesWithModelines() => [.. SchemaFiles.Shipped().Concat(InvalidFilesSchemaTests.InvalidFiles())];

    [Fact]
    public void Shipped_CoversEveryKindOfFile()
    {
        var kinds = SchemaFiles.Shipped().Select(SchemaFiles.KindOf).ToHashSet();

        Assert.Equal(Enum.GetValues<KnowledgeFileKind>().ToHashSet(), kinds);
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_ValidatesAgainstItsSchema(string file)
    {
        var errors = SchemaFiles.SchemaErrors(file);

        Assert.True(errors.Count == 0, $"{file} does not validate against {SchemaFiles.SchemaName(SchemaFiles.KindOf(file))}:\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void ShippedFile_LoadsInTheEngineWithoutErrors(string file)
    {
        var ruleFiles = SchemaFiles.Shipped().Where(f => SchemaFiles.KindOf(f) == KnowledgeFileKind.Rules);

        var diagnostics = SchemaFiles.EngineDiagnostics(file, ruleFiles).Where(d => d.IsError).ToList();

        Assert.True(diagnostics.Count == 0, $"{file}:\n{string.Join("\n", diagnostics)}");
    }

    [Theory]
    [MemberData(nameof(FilesWithModelines))]
    public void File_FirstLine_NamesItsSchemaByRelativePath(string file)
    {
        var (yaml, _) = SchemaFiles.Yaml(file);
        var firstLine = yaml.Split('\n')[0].TrimEnd('\r');
        var schema = SchemaFiles.Full($"{SchemaFiles.SchemaFolder}/{SchemaFiles.SchemaName(SchemaFiles.KindOf(file))}");
        var expected = Path.GetRelativePath(Path.GetDirectoryName(SchemaFiles.Full(file))!, schema).Replace('\\', '/');

        Assert.StartsWith(SchemaFiles.ModelinePrefix, firstLine, StringComparison.Ordinal);
        var target = firstLine[SchemaFiles.ModelinePrefix.Length..].Trim();
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(SchemaFiles.Full(file))!, target)), $"{file}: the modeline points to {target}, which does not exist");
        Assert.Equal(expected, target);
    }
}
