using RulesEngine.Core.Extraction.Keywords;

namespace RulesEngine.Core.Extraction;

/// <summary>What one extractor gets for one input: the text, the hits of its own keywords (indexes into its
/// <see cref="ITextExtractor.Keywords"/>, ordered by end offset), and the time the ticket is judged at.</summary>
internal sealed record ExtractionInput(SourceText Source, IReadOnlyList<KeywordHit> Hits, DateTimeOffset Now);
