namespace RulesEngine.Core.Knowledge;

/// <summary>A step of an article's resolution, as its front matter lists it: the id a template names it by
/// (<c>{{ applies "recreate-service-key" }}</c>), its number (1-based, in list order) and its short text for a chat.</summary>
public sealed record ArticleStep(string Id, int Number, string Text);
