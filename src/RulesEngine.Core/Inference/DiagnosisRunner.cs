using System.Runtime.ExceptionServices;
using NRules;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Inference;

/// <summary>One diagnosis: extract facts, run a fresh rules session, rank the findings, render their articles, all under
/// the options' budgets: the time budget and the caller's token stop every stage.</summary>
internal sealed class DiagnosisRunner(KnowledgeBase knowledgeBase, Rules.CompiledRuleSet rules, DiagnoseOptions options)
{
    // Facts go into the session in slices, so a cancellation is seen between them (NRules joins on insert).
    private const int InsertSlice = 256;

    public Diagnosis Run(IReadOnlyList<TicketInput> inputs, CancellationToken cancellation)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        budget.CancelAfter(options.TimeBudget);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var diagnosis = RunWithin(inputs, budget.Token);

            // The budget's timer fires on the thread pool: on a starved pool it may not have fired yet, and a diagnosis
            // over its budget still never returns.
            if (clock.Elapsed > options.TimeBudget)
            {
                throw new DiagnosisTimeoutException(options.TimeBudget);
            }

            return diagnosis;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new DiagnosisTimeoutException(options.TimeBudget);
        }
    }

    private Diagnosis RunWithin(IReadOnlyList<TicketInput> inputs, CancellationToken token)
    {
        // The customer's answers are facts like the extracted ones. The front ends checked them, so a wrong one here is a
        // caller's bug: it is refused before any input is read.
        var answers = Answers(options);
        var now = options.Now ?? DateTimeOffset.UtcNow;
        var extracted = knowledgeBase.Extractor.ExtractAll(
            inputs,
            new ExtractionOptions(now, options.MaxInputLength, options.MaxTicketLength, options.MaxFactsPerKind) { MaxInputs = options.MaxInputs },
            token);

        IReadOnlyList<Fact> given = answers.Count == 0 ? extracted.Facts : [.. extracted.Facts, .. Answer.From(answers)];

        // Only the partitions whose signals and fact kinds the ticket shows can fire (RulePartitioner); each runs in its own session.
        var fired = new List<FiredRule>();
        var concludedFindings = new List<Finding>();
        var inferredFacts = new List<InferredFact>();
        var keys = Rules.RulePartitioner.KeysOf(given);
        using (DiagnosisClock.At(now))
        using (JoinBudget.Start(token))
        {
            foreach (var factory in rules.For(keys))
            {
                var session = Fire(factory, given, fired, token);
                inferredFacts.AddRange(session.Query<InferredFact>().AsEnumerable());
                concludedFindings.AddRange(session.Query<Finding>().AsEnumerable());
            }
        }

        token.ThrowIfCancellationRequested();

        // AsEnumerable above: ordering the IQueryable itself would build and compile an expression tree on every diagnosis.
        var inferred = inferredFacts.OrderBy(f => f.Kind, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        IReadOnlyList<Fact> facts = [.. given, .. inferred];
        // A cause the customer's answer ruled out is not guessed by its family either.
        var excluded = knowledgeBase.Questions.Excluded(answers);
        concludedFindings.RemoveAll(f => f.Family is not null && excluded.Contains(f.Article));
        fired.RemoveAll(f => f.Rule is { Family: not null, Article: { } article } && excluded.Contains(article));

        // A family's findings stand in for the causes of its symptom only when no rule of its own fits fully.
        var concluded = FindingWeights.Apply(concludedFindings, facts).ToLookup(f => f.Family is not null);
        if (concluded[false].Any())
        {
            // A family in another partition than the finding that stands fired too: it did not guess.
            fired.RemoveAll(f => f.Rule.Family is not null);
        }

        var ranked = FindingRanker.Rank(
            concluded[false].Any() ? concluded[false] : concluded[true],
            rule => knowledgeBase.YieldsTo.GetValueOrDefault(rule) ?? []);
        var findings = ranked.Shown;

        var factModel = new FactModel(knowledgeBase.Schema);
        var models = new TemplateModelBuilder(factModel, knowledgeBase.Catalog, facts, now);
        var diagnosed = new List<DiagnosedFinding>(findings.Count);
        foreach (var finding in findings)
        {
            token.ThrowIfCancellationRequested();
            diagnosed.Add(Render(finding, models));
        }

        // A render cut short by the token is not a result: a cancelled diagnosis never returns.
        token.ThrowIfCancellationRequested();
        var open = QuestionRanker.Rank(
            findings.Where(f => f.Adjustments.Contains(ConfidenceAdjustment.ReportedResolved)).Take(1).Select(_ => Questions.Question.Plain(FindingWeights.StillOccurringQuestion)),
            [.. findings.Where(f => f.Status == FindingStatus.Suspected)],
            ranked.Separating,
            knowledgeBase.Questions,
            answers);
        return new Diagnosis(diagnosed, [.. open.Select(q => q.Text)], facts, now, fired) { Cuts = extracted.Cuts, Yielded = ranked.Yielded, OpenQuestions = open };
    }

    private System.Collections.Frozen.FrozenDictionary<string, string> Answers(DiagnoseOptions options)
    {
        if (options.Answers.Count == 0)
        {
            return options.Answers;
        }

        var check = knowledgeBase.CheckAnswers(options.Answers);
        return check.HasErrors ? throw new ArgumentException(string.Join("; ", check.Errors), nameof(options)) : check.Answers;
    }

    private static ISession Fire(ISessionFactory factory, IReadOnlyList<Fact> facts, List<FiredRule> fired, CancellationToken token)
    {
        var session = factory.CreateSession();
        session.Events.RuleFiredEvent += (_, e) =>
        {
            if (FiredRules.From(e) is { } firing)
            {
                fired.Add(firing);
            }
        };
        try
        {
            foreach (var slice in facts.Chunk(InsertSlice))
            {
                token.ThrowIfCancellationRequested();
                session.TryInsertAll(slice);
            }

            session.Fire(token);
        }
        catch (RuleLhsExpressionEvaluationException ex) when (ex.InnerException is JoinBudgetExceededException or OperationCanceledException)
        {
            // The join budget stopped NRules inside an insert: the caller sees the budget, not NRules' wrapper.
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }

        return session;
    }

    private DiagnosedFinding Render(Finding finding, TemplateModelBuilder models)
    {
        var article = knowledgeBase.Articles[finding.Article];
        if (finding.Family is not null)
        {
            // A guess from the symptom alone: the resolution's steps would state facts the ticket does not show.
            return new DiagnosedFinding(finding, article, null, []);
        }

        var result = ArticleRenderer.Render(article, models.Build(finding, article));
        return new DiagnosedFinding(finding, article, result.Markdown, result.Diagnostics, result.Markdown is null ? null : ApplicableStep.Of(article, result.AppliedStep));
    }
}
