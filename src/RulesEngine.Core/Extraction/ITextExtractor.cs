namespace RulesEngine.Core.Extraction;

/// <summary>Finds one kind of fact in one input; must not throw on any text.</summary>
internal interface ITextExtractor
{
    /// <summary>The literals (matched ignoring ASCII case) near which this extractor finds anything. The extractor runs on
    /// an input only when one occurs there, and gets their hits from the one-pass keyword index. Empty: it runs on every input.</summary>
    IReadOnlyList<string> Keywords { get; }

    /// <summary>Adds the facts found in <paramref name="input"/> to <paramref name="facts"/>.</summary>
    void Extract(ExtractionInput input, List<LocatedFact> facts);
}
