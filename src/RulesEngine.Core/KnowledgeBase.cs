using System.Collections.Frozen;
using System.Collections.Immutable;
using NRules;
using RulesEngine.Core.Catalog;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Extraction.Signals;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Inference.Explain;
using RulesEngine.Core.Rules;
using RulesEngine.Core.Knowledge;
using RulesEngine.Core.Questions;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core;

/// <summary>A loaded, compiled knowledge base: rules, articles and catalog data. Immutable and thread-safe;
/// every <see cref="Diagnose"/> call runs in its own rules session. Load one with <see cref="KnowledgeBaseLoader"/>.</summary>
public sealed class KnowledgeBase
{
    private readonly CompiledRuleSet _compiled;

    // The explain probes compile on first use: diagnosis alone never pays for them.
    private readonly Lazy<ISessionFactory> _probes;

    internal KnowledgeBase(
        IReadOnlyList<RuleNode> rules,
        FactSchema schema,
        IReadOnlyDictionary<string, Article> articles,
        PackageCatalog catalog,
        IReadOnlyList<SignalPattern> signals,
        CompiledRuleSet compiled,
        string revision)
    {
        // Copies the loader's lists into frozen and immutable collections: no cast reaches a mutable one.
        Signals = [.. signals];
        Extractor = new FactExtractor(catalog, Signals);
        Rules = [.. rules];
        YieldsTo = Rules.Where(r => r.Conclusion is FindingConclusion { YieldsTo.Count: > 0 })
            .ToFrozenDictionary(r => r.Id.Value, r => (IReadOnlyList<YieldEntry>)[.. ((FindingConclusion)r.Conclusion).YieldsTo], StringComparer.Ordinal);
        Families = Rules.Select(r => r.Conclusion).OfType<FindingConclusion>().Where(f => f.Family is not null)
            .GroupBy(f => f.Family!.Value, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(f => f.Article.Value)], StringComparer.Ordinal);
        Schema = schema;
        Questions = QuestionCatalog.From(Rules);
        Articles = articles.ToFrozenDictionary(StringComparer.Ordinal);
        Catalog = catalog;
        _compiled = compiled;
        _probes = new Lazy<ISessionFactory>(() => RuleSetCompiler.CompileProbes(rules, schema));
        Revision = revision;
    }

    /// <summary>The rules, in file order.</summary>
    public ImmutableArray<RuleNode> Rules { get; }

    /// <summary>The look-alikes each finding rule (by id) yields to; rules without any are absent.</summary>
    internal FrozenDictionary<string, IReadOnlyList<YieldEntry>> YieldsTo { get; }

    /// <summary>The families (<c>families:</c>) by id, each with its member articles in file order.</summary>
    internal FrozenDictionary<string, IReadOnlyList<string>> Families { get; }

    /// <summary>The fact kinds the rules can match, built-in and inferred.</summary>
    internal FactSchema Schema { get; }

    /// <summary>The questions with an id the rules ask, and which rules each concerns.</summary>
    internal QuestionCatalog Questions { get; }

    /// <summary>Checks the customer's answers (question id to value) against the questions the rules ask: an unknown id or
    /// a value the question does not accept is an error naming it. Pass the checked answers in <see cref="DiagnoseOptions.Answers"/>.</summary>
    public AnswerCheck CheckAnswers(IEnumerable<KeyValuePair<string, string>> answers) => Questions.Check(answers);

    /// <summary>The articles by id.</summary>
    public FrozenDictionary<string, Article> Articles { get; }

    /// <summary>The integration packages the knowledge base knows.</summary>
    public PackageCatalog Catalog { get; }

    /// <summary>The symptoms the rule files declare as text patterns.</summary>
    public ImmutableArray<SignalPattern> Signals { get; }

    /// <summary>The extractor for this knowledge base's catalog and signals, built once (its keyword index is shared).</summary>
    public FactExtractor Extractor { get; }

    /// <summary>The SHA-256 of every file of the knowledge base (<see cref="KnowledgeRevision"/>): equal on every replica
    /// that serves the same files, different after any edit.</summary>
    public string Revision { get; }

    /// <summary>Diagnoses one ticket: extracts facts from its inputs, runs the rules, ranks the findings and renders their articles.</summary>
    /// <exception cref="InputTooLargeException">An input or the whole ticket is over the limits of <paramref name="options"/>.</exception>
    /// <exception cref="DiagnosisTimeoutException">The diagnosis ran past the options' time budget and was stopped.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled; the diagnosis stopped.</exception>
    public Diagnosis Diagnose(IReadOnlyList<TicketInput> inputs, DiagnoseOptions? options = null, CancellationToken cancellation = default) =>
        new DiagnosisRunner(this, _compiled, options ?? new DiagnoseOptions()).Run(inputs, cancellation);

    /// <summary>Diagnoses one ticket and explains it: the rules that fired with their facts, and for every rule
    /// which of its conditions held (the near misses, with the questions for what is missing).</summary>
    /// <exception cref="InputTooLargeException">An input or the whole ticket is over the limits of <paramref name="options"/>.</exception>
    /// <exception cref="DiagnosisTimeoutException">The diagnosis ran past the options' time budget and was stopped.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled; the diagnosis stopped.</exception>
    public Explanation Explain(IReadOnlyList<TicketInput> inputs, DiagnoseOptions? options = null, CancellationToken cancellation = default) =>
        Explain(Diagnose(inputs, options, cancellation));

    /// <summary>Explains a diagnosis this knowledge base already made, without diagnosing the ticket again.</summary>
    public Explanation Explain(Diagnosis diagnosis) => ExplainRunner.Run(this, _probes.Value, diagnosis);
}
