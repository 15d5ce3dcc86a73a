namespace RulesEngine.Core.Extraction.Errors;

/// <summary>An XML element found by <see cref="XmlScan"/>: 0-based offsets of its local name and of its content (empty
/// unless <see cref="IsText"/>, true when the element holds only text).</summary>
internal readonly record struct XmlElement(int NameStart, int NameEnd, int ContentStart, int ContentEnd, bool IsText);
