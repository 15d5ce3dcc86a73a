using System.Collections;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Rules.Operators;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests;

/// <summary>What is documented as immutable cannot be changed through a cast: the loaded knowledge base's rules,
/// articles and signals, the fact and operator catalogs, an inferred fact's values, the report serializer settings.</summary>
public sealed class ImmutabilityTests
{
    public static TheoryData<string> Collections => ["rules", "articles", "signals", "fact catalog", "a kind's fields", "operator catalog"];

    [Theory]
    [MemberData(nameof(Collections))]
    public void Collection_CastToItsMutableInterface_RefusesToChange(string name)
    {
        var knowledgeBase = SeedKnowledgeBase.Instance;
        object collection = name switch
        {
            "rules" => knowledgeBase.Rules,
            "articles" => knowledgeBase.Articles,
            "signals" => knowledgeBase.Signals,
            "fact catalog" => FactCatalog.BuiltIn,
            "a kind's fields" => FactCatalog.BuiltIn["http-error"].Fields,
            _ => OperatorCatalog.All,
        };
        var before = ((IEnumerable)collection).Cast<object>().Count();

        Assert.ThrowsAny<NotSupportedException>(() => Clear(collection));

        Assert.Equal(before, ((IEnumerable)collection).Cast<object>().Count());
        Assert.True(before > 0);
    }

    [Fact]
    public void InferredFact_Values_RefuseToChange()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(
            new TicketInput("ticket.txt", File.ReadAllText(Path.Combine(Support.RepositoryPaths.Samples, "seed", "ticket.txt"))),
            new TicketInput("trace.log", File.ReadAllText(Path.Combine(Support.RepositoryPaths.Samples, "seed", "trace.log"))),
            new TicketInput("service-key.json", File.ReadAllText(Path.Combine(Support.RepositoryPaths.Samples, "seed", "service-key.json"))));
        var inferred = Assert.IsType<InferredFact>(diagnosis.Facts.First(f => f is InferredFact));

        Assert.ThrowsAny<NotSupportedException>(() => ((IDictionary<string, object?>)inferred.Values).Clear());
    }

    [Fact]
    public void Report_ItsListsAndAFactsFields_RefuseToChange()
    {
        var diagnosis = SeedKnowledgeBase.Diagnose(new TicketInput("ticket.txt", File.ReadAllText(Path.Combine(Support.RepositoryPaths.Samples, "seed", "ticket.txt"))));
        var report = DiagnosisJson.ToReport(diagnosis, SeedKnowledgeBase.Instance);

        Assert.ThrowsAny<NotSupportedException>(() => ((IList<Reporting.Contract.ReportFinding>)report.Findings).Clear());
        Assert.ThrowsAny<NotSupportedException>(() => ((IList<Reporting.Contract.ReportFact>)report.Facts).Clear());
        Assert.ThrowsAny<NotSupportedException>(() => ((IDictionary<string, System.Text.Json.JsonElement>)report.Facts[0].Fields).Clear());
        Assert.NotEmpty(report.Facts[0].Fields);
    }

    [Fact]
    public void ReportJson_Options_RefuseToChange()
    {
        Assert.Throws<InvalidOperationException>(() => ReportJson.Options.WriteIndented = false);
        Assert.True(ReportJson.Options.WriteIndented);
    }

    private static void Clear(object collection)
    {
        switch (collection)
        {
            case IDictionary dictionary:
                dictionary.Clear();
                break;
            case IList list:
                list.Clear();
                break;
            default:
                throw new InvalidOperationException($"{collection.GetType().Name} is neither a list nor a dictionary");
        }
    }
}
