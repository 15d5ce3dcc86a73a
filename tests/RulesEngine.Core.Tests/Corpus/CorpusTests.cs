using RulesEngine.Core.Extraction;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Corpus;

/// <summary>Extraction over the corpus, compared with the golden files; <c>UPDATE_GOLDEN=1</c> rewrites them.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Inputs => CorpusFiles.NameData;

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Extract_CorpusInput_MatchesItsGoldenFile(string name)
    {
        // Arrange
        var input = CorpusFiles.Input(name);
        var path = CorpusFiles.ExpectedPath(name);

        // Act
        var facts = SeedKnowledgeBase.Instance.Extractor.Extract([input], new ExtractionOptions(CorpusFiles.Now));
        var actual = FactLines.Format(facts);

        // Assert
        // UPDATE_GOLDEN=1 rewrites the file, then checks it like any run (CI refuses to run with the switch set).
        if (CorpusFiles.UpdateGolden)
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_GOLDEN=1 and review the new file.");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    [Fact]
    public void Corpus_EveryGoldenFile_HasItsInput()
    {
        var goldens = Directory.EnumerateFiles(Path.Combine(CorpusFiles.Folder, "expected"), "*.facts.txt")
            .Select(p => Path.GetFileName(p)[..^".facts.txt".Length]);

        Assert.Empty(goldens.Except(CorpusFiles.Names));
    }
}
