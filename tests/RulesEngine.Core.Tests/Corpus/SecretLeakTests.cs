using RulesEngine.Core.Inference;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Corpus;

/// <summary>Runs the whole pipeline on the shipped knowledge base over the corpus, whose inputs carry planted secrets
/// (client secrets, private keys, passwords, bearer tokens, SAML assertions, Basic credentials, JWTs), and looks for
/// them in every output format.</summary>
public sealed class SecretLeakTests
{
    private static readonly IReadOnlyList<string> _secrets = CorpusFiles.PlantedSecrets();

    public static TheoryData<string> Inputs => CorpusFiles.NameData;

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Diagnose_CorpusInput_NoPlantedSecretInAnyOutput(string name)
    {
        // Arrange
        var input = CorpusFiles.Input(name);

        // Act
        var diagnosis = SeedKnowledgeBase.Diagnose(input);

        // Assert
        AssertNoSecret(diagnosis, name);
    }

    [Fact]
    public void Diagnose_WholeCorpusAsOneTicket_NoPlantedSecretInAnyOutput()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose([.. CorpusFiles.Names.Select(CorpusFiles.Input)]);

        Assert.NotEmpty(diagnosis.Findings);
        AssertNoSecret(diagnosis, "the whole corpus");
    }

    [Fact]
    public void Diagnose_SeedTicketTraceAndServiceKey_ConfirmedWithoutSecrets()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(
            CorpusFiles.Input("seed-ticket.txt"), CorpusFiles.Input("seed-trace.log"), CorpusFiles.Input("seed-service-key.json"));

        var top = diagnosis.Findings[0];
        Assert.Equal(("3474524", FindingStatus.Confirmed), (top.Finding.Article, top.Finding.Status));
        AssertNoSecret(diagnosis, "the seed trio");
    }

    [Fact]
    public void PlantedSecrets_EachIsReallyInAnInput()
    {
        var inputs = CorpusFiles.Names.Select(n => CorpusFiles.Input(n).Content).ToList();

        Assert.Contains(_secrets, s => s.StartsWith("MII", StringComparison.Ordinal) && s.Length == 64);
        Assert.All(_secrets, s => Assert.Contains(inputs, i => i.Contains(s, StringComparison.Ordinal)));
    }

    private static void AssertNoSecret(Diagnosis diagnosis, string what) => SecretOutputs.AssertNone(_secrets, diagnosis, what);
}
