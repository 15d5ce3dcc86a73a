namespace RulesEngine.Core.Extraction;

/// <summary>Finds one kind of fact in one input; must not throw on any text.</summary>
internal interface ITextExtractor
{
    /// <summary>Adds the facts found in <paramref name="source"/> to <paramref name="facts"/>.</summary>
    void Extract(SourceText source, List<LocatedFact> facts);
}
