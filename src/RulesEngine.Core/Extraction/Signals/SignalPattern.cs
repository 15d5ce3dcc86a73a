using System.Text.RegularExpressions;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Extraction.Signals;

/// <summary>A symptom a rule file declares as text: keywords (any of them, ignoring case) and, optionally, a regex with
/// named captures that is run on the line of each keyword hit.</summary>
/// <remarks>A knowledge base's signals build their linear-time regexes on first use (about 10 ms each): a diagnosis pays
/// only for the signals whose keywords occur in its ticket, and loading pays for none.</remarks>
public sealed class SignalPattern
{
    private readonly Lazy<Regex?> _regex;

    /// <summary>A signal whose regex is already built (or null for keywords only).</summary>
    /// <param name="name">The signal's name; it becomes the <c>name</c> of the <c>signal</c> fact.</param>
    /// <param name="keywords">The literals, at least one; they feed the one-pass keyword index.</param>
    /// <param name="regex">The linear-time regex whose named groups become the fact's captures; null for keywords only.</param>
    /// <param name="certain">True when a hedged mention is not the signal (see <see cref="Certain"/>).</param>
    public SignalPattern(string name, IReadOnlyList<string> keywords, Regex? regex, bool certain = false)
    {
        Name = name;
        Keywords = keywords;
        Certain = certain;
        HasRegex = regex is not null;
        CaptureNames = regex is null ? [] : [.. regex.GetGroupNames().Where(n => !int.TryParse(n, out _))];
        _regex = new Lazy<Regex?>(regex);
    }

    private SignalPattern(string name, IReadOnlyList<string> keywords, string pattern, IReadOnlyList<string> captureNames, bool certain)
    {
        Name = name;
        Keywords = keywords;
        Certain = certain;
        HasRegex = true;
        CaptureNames = captureNames;
        _regex = new Lazy<Regex?>(() => RegexFactory.TryCreate(pattern, out _), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The signal's name.</summary>
    public string Name { get; }

    /// <summary>The literals the signal is found by.</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>True when a mention the customer hedges ("not sure whether", "I think", "maybe", a question) is not this
    /// signal: the signal then stands for what the ticket states, as an article may say it.</summary>
    public bool Certain { get; }

    /// <summary>True when the signal has a regex.</summary>
    public bool HasRegex { get; }

    /// <summary>The names of the regex's named groups (numbered groups left out).</summary>
    public IReadOnlyList<string> CaptureNames { get; }

    /// <summary>The linear-time regex, built on first use; null for keywords only.</summary>
    public Regex? Regex => _regex.Value;

    /// <summary>A signal whose regex <paramref name="pattern"/> (already validated by <see cref="RegexFactory.Check"/>)
    /// is built on first use; <paramref name="certain"/> as for the constructor.</summary>
    public static SignalPattern Deferred(string name, IReadOnlyList<string> keywords, string pattern, IReadOnlyList<string> captureNames, bool certain = false) =>
        new(name, keywords, pattern, captureNames, certain);
}
