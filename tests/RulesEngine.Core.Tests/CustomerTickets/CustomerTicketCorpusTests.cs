using RulesEngine.Core.Tests.Corpus;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.CustomerTickets;

/// <summary>Runs the customer-ticket corpus against the shipped knowledge base: every case passes, every class has
/// enough tickets and negatives, and no planted secret shows in any output.</summary>
public sealed class CustomerTicketCorpusTests
{
    // A class of wording is judged on many tickets, some of which must not fire.
    private const int MinTicketsPerClass = 10;
    private const int MinNegativesPerClass = 3;

    public static TheoryData<string, string, string> Cases => CustomerTicketFiles.CaseData;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_AgainstShippedKnowledgeBase_Passes(string folder, string file, string name)
    {
        var result = CustomerTicketFiles.Result(folder, file, name);

        Assert.True(result.Passed, $"{folder}/{file}: {name}\n  " + string.Join("\n  ", result.Failures));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_Diagnosed_NoPlantedSecretInAnyOutput(string folder, string file, string name)
    {
        var testCase = CustomerTicketFiles.Files.Single(f => CustomerTicketFiles.ClassOf(f) == folder && Path.GetFileName(f.Path) == file).Cases.Single(c => c.Name == name);

        var diagnosis = SeedKnowledgeBase.Instance.Diagnose(testCase.Inputs, new DiagnoseOptions(testCase.Now));

        SecretOutputs.AssertNone(CustomerTicketFiles.PlantedSecrets(), diagnosis, $"{folder}/{file}: {name}");
    }

    [Fact]
    public void Corpus_IsWrittenWithoutMistakes()
    {
        Assert.Empty(CustomerTicketFiles.Problems);
        Assert.All(CustomerTicketFiles.Files.SelectMany(f => f.Cases), c => Assert.Empty(c.Problems));
    }

    [Fact]
    public void EachClass_HasEnoughTicketsAndNegatives()
    {
        var classes = CustomerTicketFiles.Files.GroupBy(CustomerTicketFiles.ClassOf).ToList();

        Assert.NotEmpty(classes);
        Assert.All(classes, c =>
        {
            var cases = c.SelectMany(f => f.Cases).ToList();
            var negatives = cases.Count(t => t.NoFindings || t.Absent.Count > 0 || t.NotExtracted.Count > 0);
            Assert.True(cases.Count >= MinTicketsPerClass, $"{c.Key} has {cases.Count} tickets; a class needs at least {MinTicketsPerClass}");
            Assert.True(negatives >= MinNegativesPerClass, $"{c.Key} has {negatives} negative tickets; a class needs at least {MinNegativesPerClass}");
        });
    }

    [Fact]
    public void PlantedSecrets_EachIsReallyInATicket()
    {
        var inputs = CustomerTicketFiles.Files.SelectMany(f => f.Cases).SelectMany(c => c.Inputs).Select(i => i.Content).ToList();

        var secrets = CustomerTicketFiles.PlantedSecrets();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, s => Assert.Contains(inputs, i => i.Contains(s, StringComparison.Ordinal)));
    }
}
