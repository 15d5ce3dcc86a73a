using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Signals;

/// <summary>Turns the rule files' signals into <c>signal</c> facts: at each line holding one of a signal's keywords, the
/// line itself (keywords only) or each match of the signal's regex on that line, with its named captures.</summary>
/// <remarks>All signals' keywords share the one-pass index, so the cost per input is that of the hits, not of the number
/// of signals. One keyword-only fact per signal and line; a regex runs once per signal and line.</remarks>
internal sealed partial class SignalExtractor : ITextExtractor
{
    // How much of a long line a keyword-only signal keeps as its text, and a regex looks at, either side of the hit.
    private const int Radius = 2048;

    private readonly SignalPattern[] _signals;

    // Per keyword: the signal it belongs to.
    private readonly int[] _signalOf;

    // Per signal: the names of its regex's named groups (numbered groups are left out).
    private readonly string[][] _captureNames;

    /// <summary>Indexes the keywords of <paramref name="signals"/>.</summary>
    public SignalExtractor(IReadOnlyList<SignalPattern> signals)
    {
        _signals = [.. signals];
        _signalOf = [.. _signals.SelectMany((s, i) => s.Keywords.Select(_ => i))];
        Keywords = [.. _signals.SelectMany(s => s.Keywords)];
        _captureNames = [.. _signals.Select(s => s.CaptureNames.ToArray())];
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Keywords { get; }

    /// <inheritdoc/>
    public void Extract(ExtractionInput input, List<LocatedFact> facts)
    {
        var source = input.Source;
        var lastLine = new Dictionary<int, int>();
        foreach (var hit in input.Hits)
        {
            var signal = _signalOf[hit.Keyword];
            var line = source.LineOf(hit.Offset);
            if (lastLine.TryGetValue(signal, out var last) && last == line)
            {
                continue;
            }

            // A hedged keyword-only mention leaves the line open: a later sentence on it may state the symptom.
            if (_signals[signal].Certain && !_signals[signal].HasRegex && Hedges.Hedge(source.Content, hit.Offset))
            {
                continue;
            }

            lastLine[signal] = line;
            var window = HitWindows.Of(source, hit, Radius);
            if (_signals[signal].HasRegex)
            {
                // A pattern the linear-time engine refused after all matches nothing (validation refuses those it can tell).
                if (_signals[signal].Regex is { } regex)
                {
                    AddMatches(source, signal, regex, window, facts);
                }
            }
            else
            {
                var fact = new Signal(_signals[signal].Name, source.Redact(window.Start, window.End).Trim(), CaptureMap.Empty)
                {
                    Evidence = source.EvidenceAt(hit.Offset),
                };
                facts.Add(new LocatedFact(hit.Offset, fact));
            }
        }
    }
}
