using System.Text.RegularExpressions;
using RulesEngine.Core.Extraction.Keywords;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Extraction.Signals;

internal sealed partial class SignalExtractor
{
    // One fact per non-empty match of the regex in the window, its text and named captures redacted; a timed-out regex gives what it found.
    private void AddMatches(SourceText source, int signal, Regex regex, TextWindow window, List<LocatedFact> facts)
    {
        try
        {
            for (var match = regex.Match(source.Content, window.Start, window.Length); match.Success; match = match.NextMatch())
            {
                if (match.Length == 0 || (_signals[signal].Certain && Hedges.Hedge(source.Content, match.Index)))
                {
                    continue; // an empty match says nothing; a hedged one is not stated
                }

                var captures = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var name in _captureNames[signal])
                {
                    if (match.Groups[name] is { Success: true } group)
                    {
                        captures[name] = source.Redact(group.Index, group.Index + group.Length);
                    }
                }

                AddTarget(captures);
                var fact = new Signal(_signals[signal].Name, source.Redact(match.Index, match.Index + match.Length), new CaptureMap(captures))
                {
                    Evidence = source.EvidenceAt(match.Index),
                };
                facts.Add(new LocatedFact(match.Index, fact));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // An author's regex that takes too long on this line gives no more facts here; extraction goes on.
        }
    }

    /// <summary>A signal that captures a <c>host</c> or <c>url</c> gets the derived <c>target</c> (<see cref="HostTargets"/>),
    /// unless its regex captures a <c>target</c> of its own.</summary>
    internal static void AddTarget(Dictionary<string, string> captures)
    {
        var url = captures.GetValueOrDefault("url");
        var host = captures.GetValueOrDefault("host") ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null);
        if (!captures.ContainsKey("target") && HostTargets.Of(host, url) is { } target)
        {
            captures["target"] = target;
        }
    }
}
