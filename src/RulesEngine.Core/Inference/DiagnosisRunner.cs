using NRules;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Inference;

/// <summary>One diagnosis: extract facts, run a fresh rules session, rank the findings, render their articles.</summary>
internal sealed class DiagnosisRunner(KnowledgeBase knowledgeBase, ISessionFactory sessionFactory, DiagnoseOptions options)
{
    public Diagnosis Run(IReadOnlyList<TicketInput> inputs)
    {
        var now = options.Now ?? DateTimeOffset.UtcNow;
        var extracted = knowledgeBase.Extractor.Extract(inputs, new ExtractionOptions(now, options.MaxInputLength, options.MaxTicketLength));

        var session = sessionFactory.CreateSession();
        var fired = new List<FiredRule>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(FiredRules.From(e));
        session.TryInsertAll(extracted);
        session.Fire();

        var inferred = session.Query<InferredFact>().OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        IReadOnlyList<Fact> facts = [.. extracted, .. inferred];
        var findings = FindingRanker.Rank(session.Query<Finding>());

        var factModel = new FactModel(knowledgeBase.Schema);
        var models = new TemplateModelBuilder(factModel, knowledgeBase.Catalog, facts, now);
        var diagnosed = findings.Select(f => Render(f, models)).ToList();
        var questions = findings.Where(f => f.Status == FindingStatus.Suspected)
            .SelectMany(f => f.Questions)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Diagnosis(diagnosed, questions, facts, now, fired);
    }

    private DiagnosedFinding Render(Finding finding, TemplateModelBuilder models)
    {
        var article = knowledgeBase.Articles[finding.Article];
        var result = ArticleRenderer.Render(article, models.Build(finding, article));
        return new DiagnosedFinding(finding, article, result.Markdown, result.Diagnostics);
    }
}
