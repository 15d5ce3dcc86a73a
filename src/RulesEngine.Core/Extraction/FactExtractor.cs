using RulesEngine.Core.Catalog;
using RulesEngine.Core.Extraction.Certificates;
using RulesEngine.Core.Extraction.Errors;
using RulesEngine.Core.Extraction.Http;
using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Extraction.Logs;
using RulesEngine.Core.Extraction.Packages;
using RulesEngine.Core.Extraction.Signals;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction;

/// <summary>Turns a ticket's inputs into facts, each with redacted evidence. One pass of a keyword index over each input
/// finds every literal any extractor or signal needs; an extractor runs only where its keywords occur.</summary>
/// <remarks>Immutable and thread-safe once built. Evidence lines and columns are 1-based; columns count UTF-16 characters.</remarks>
public sealed class FactExtractor
{
    // Inputs of at least this many characters are extracted on all cores.
    private const int ParallelThreshold = 1 << 20;

    private readonly ITextExtractor[] _extractors;
    private readonly KeywordIndex _index;

    // For each keyword of the index: which extractor it belongs to, and its index in that extractor's list.
    private readonly (int Extractor, int Local)[] _owners;

    /// <summary>Creates an extractor that recognises the packages of <paramref name="catalog"/> and the rule files' <paramref name="signals"/>.</summary>
    public FactExtractor(PackageCatalog catalog, IReadOnlyList<SignalPattern>? signals = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _extractors =
        [
            new HttpErrorExtractor(),
            new ErrorCodeExtractor(),
            new ExceptionExtractor(),
            new PackageMentionExtractor(catalog),
            new LogEntryExtractor(),
            new Logs.Json.JsonLogEntryExtractor(),
            new CertificateExtractor(),
            new ServiceKeys.ServiceKeyExtractor(),
            new ServiceKeys.ServiceKeyStatementExtractor(),
            new Mail.ResolvedMentionExtractor(),
            new SignalExtractor(signals ?? []),
        ];
        _owners = [.. _extractors.SelectMany((e, i) => e.Keywords.Select((_, local) => (i, local)))];
        _index = new KeywordIndex([.. _extractors.SelectMany(e => e.Keywords)]);
    }

    /// <summary>Extracts the facts of all inputs, in input order and then by position, without duplicates; never throws on bad text.</summary>
    /// <exception cref="InputTooLargeException">An input or the whole ticket is over the limits of <paramref name="options"/>.</exception>
    public IReadOnlyList<Fact> Extract(IReadOnlyList<TicketInput> inputs, ExtractionOptions? options = null) =>
        ExtractAll(inputs, options).Facts;

    /// <summary>Extracts the facts of all inputs, in input order and then by position: repeats within an input folded into
    /// one fact with a count, at most <see cref="ExtractionOptions.MaxFactsPerKind"/> distinct facts per kind (the rest
    /// reported as cuts). Never throws on bad text.</summary>
    /// <exception cref="InputTooLargeException">An input or the whole ticket is over the limits of <paramref name="options"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    internal ExtractedFacts ExtractAll(IReadOnlyList<TicketInput> inputs, ExtractionOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        options ??= new ExtractionOptions(DateTimeOffset.UtcNow);
        CheckLimits(inputs, options);

        // Facts of inputs with different names differ in their evidence, so only inputs sharing a name need a set.
        var shared = inputs.GroupBy(i => i.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<Fact>();
        var budget = new FactBudget(options.MaxFactsPerKind);
        foreach (var input in inputs)
        {
            cancellation.ThrowIfCancellationRequested();
            if (string.IsNullOrEmpty(input.Content) || BinaryText.IsBinary(input.Content))
            {
                continue;
            }

            // A JSON log export inside a forwarded mail is rare: when the input holds JSON events their view wins and the
            // mail view is not made, which keeps every view one step from the input (one offset map).
            var plain = new SourceText(input.Name, input.Content);
            var json = Logs.Json.JsonLogReader.Read(plain);
            var source = ReferenceEquals(json, plain) ? Mail.MailThreadReader.Read(plain) : json;
            var facts = FactAggregator.Aggregate(ExtractOne(source, options.Now, budget, cancellation));
            foreach (var fact in facts)
            {
                if (!shared.Contains(input.Name) || seen.Add(fact))
                {
                    budget.Offer(fact);
                }
            }
        }

        return budget.Result();
    }

    private static void CheckLimits(IReadOnlyList<TicketInput> inputs, ExtractionOptions options)
    {
        if (inputs.Count > options.MaxInputs)
        {
            throw InputTooLargeException.TooManyInputs(inputs.Count, options.MaxInputs);
        }

        long total = 0;
        foreach (var input in inputs)
        {
            var length = input.Content?.Length ?? 0;
            if (length > options.MaxInputLength)
            {
                throw new InputTooLargeException(input.Name, length, options.MaxInputLength);
            }

            total += length;
        }

        if (total > options.MaxTicketLength)
        {
            throw new InputTooLargeException("ticket", total, options.MaxTicketLength);
        }
    }

    private List<(Fact Fact, UInt128 Identity)> ExtractOne(SourceText source, DateTimeOffset now, FactBudget budget, CancellationToken cancellation)
    {
        // A large input is read on all cores: its secrets are found while the keyword pass and the extractors run (an
        // extractor that needs an excerpt first waits for that pass), and the extractors, which share nothing but the
        // read-only input, run side by side. A small one stays on the caller's thread.
        var parallel = source.Content.Length >= ParallelThreshold;
        if (parallel)
        {
            _ = Task.Run(() => source.Redact(0, 0), CancellationToken.None);
        }

        var hits = new List<KeywordHit>[_extractors.Length];
        var admitted = new HitBudget(source.Content);
        foreach (var hit in _index.FindAll(source.Content))
        {
            if (admitted.Admit(hit))
            {
                var (extractor, local) = _owners[hit.Keyword];
                (hits[extractor] ??= []).Add(hit with { Keyword = local });
            }
        }

        foreach (var (keyword, read, skipped, first) in admitted.Overruns())
        {
            var (extractor, local) = _owners[keyword];
            budget.Cut(new FactBudgetCut(FactBudgetCut.KeywordHitKind, read, skipped, source.EvidenceAt(first), _extractors[extractor].Keywords[local]));
        }

        var found = new List<LocatedFact>[_extractors.Length];
        var keys = new UInt128[_extractors.Length][];
        void Run(int i)
        {
            cancellation.ThrowIfCancellationRequested();
            found[i] = [];
            if (hits[i] is not null || _extractors[i].Keywords.Count == 0)
            {
                _extractors[i].Extract(new ExtractionInput(source, hits[i] ?? [], now), found[i]);
            }

            // Each extractor's facts get their identities on its own thread: the costly part of folding repeats.
            keys[i] = FactAggregator.Keys(found[i], cancellation);
        }

        if (parallel)
        {
            try
            {
                Parallel.For(0, _extractors.Length, new ParallelOptions { CancellationToken = cancellation }, Run);
            }
            catch (AggregateException ex) when (cancellation.IsCancellationRequested && ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                // A body saw the cancellation before the loop did: the caller gets the cancellation, not the aggregate.
                throw new OperationCanceledException(cancellation);
            }
        }
        else
        {
            for (var i = 0; i < _extractors.Length; i++)
            {
                Run(i);
            }
        }

        // OrderBy is stable: facts at the same offset keep the extractors' order. An extractor places a fact at its
        // evidence (or its line), so a repeat of a fact sits among the facts at the same offset.
        var sorted = found.SelectMany((list, i) => list.Select((f, j) => (f.Offset, f.Fact, Key: keys[i][j]))).OrderBy(f => f.Offset).ToList();
        var result = new List<(Fact, UInt128)>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var start = i;
            while (start > 0 && sorted[start - 1].Offset == sorted[i].Offset && !sorted[start - 1].Fact.Equals(sorted[i].Fact))
            {
                start--;
            }

            if (start == 0 || sorted[start - 1].Offset != sorted[i].Offset)
            {
                result.Add((sorted[i].Fact, sorted[i].Key));
            }
        }

        return result;
    }
}
