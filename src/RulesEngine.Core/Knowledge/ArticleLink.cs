namespace RulesEngine.Core.Knowledge;

/// <summary>A related page listed under <c>see-also</c> in an article's front matter.</summary>
/// <param name="Title">The link text.</param>
/// <param name="Url">An absolute http(s) URL.</param>
public sealed record ArticleLink(string Title, string Url);
