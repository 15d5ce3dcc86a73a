namespace RulesEngine.Core.Facts;

/// <summary>A symptom that a rule file declared as a named text pattern (keywords or a regex), with its named captures.</summary>
/// <param name="Name">The signal's name from the rule file.</param>
/// <param name="Text">The matched text (redacted).</param>
/// <param name="Captures">The regex's named captures (redacted), by name.</param>
internal sealed record Signal(string Name, string Text, IReadOnlyDictionary<string, string> Captures) : Fact
{
    /// <summary>A capture's value, or null. Used by compiled conditions.</summary>
    public string? Get(string capture) => Captures.GetValueOrDefault(capture);
}
