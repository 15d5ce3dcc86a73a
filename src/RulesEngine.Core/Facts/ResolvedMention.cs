namespace RulesEngine.Core.Facts;

/// <summary>The newest message of a ticket says the error is gone: "the 401 is gone since we re-created the key", "fixed
/// now", "works again", "Problem gelöst", "funktioniert wieder".</summary>
/// <param name="Text">The clause that says so, up to the phrase (redacted).</param>
/// <param name="Status">The HTTP error status the sentence names (401 of "the 401 is gone"), if any.</param>
internal sealed record ResolvedMention(string Text, int? Status) : Fact;
