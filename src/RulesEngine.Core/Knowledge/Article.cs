using Scriban;

namespace RulesEngine.Core.Knowledge;

/// <summary>A knowledge-base article: the front matter of <c>kb/articles/&lt;id&gt;.md</c> and its body,
/// a Scriban template parsed once at load and rendered per finding by <see cref="ArticleRenderer"/>. Immutable.</summary>
public sealed record Article
{
    internal Article(ArticleHeader header, string path, int bodyLine, Template body)
    {
        Id = header.Id;
        Title = header.Title;
        Product = header.Product;
        Component = header.Component;
        Source = header.Source;
        Keywords = header.Keywords;
        SeeAlso = header.SeeAlso;
        Steps = header.Steps;
        Path = path;
        BodyLine = bodyLine;
        Body = body;
    }

    /// <summary>The article id: a SAP KBA number (<c>3474524</c>) or a kebab-case id; equals the file name without <c>.md</c>.</summary>
    public string Id { get; }

    /// <summary>The article title.</summary>
    public string Title { get; }

    /// <summary>The product the article is about, e.g. <c>SAP SuccessFactors HCM suite</c>.</summary>
    public string Product { get; }

    /// <summary>The support component, e.g. <c>LOD-SF-INT-CPI-TPI</c>.</summary>
    public string Component { get; }

    /// <summary>The URL of the source the article is based on (an SAP KBA, help page or blog).</summary>
    public string Source { get; }

    /// <summary>Search keywords, in file order.</summary>
    public IReadOnlyList<string> Keywords { get; }

    /// <summary>Related pages, in file order.</summary>
    public IReadOnlyList<ArticleLink> SeeAlso { get; }

    /// <summary>The steps of the resolution, in order, as the front matter lists them (empty when it lists none).</summary>
    public System.Collections.Immutable.ImmutableArray<ArticleStep> Steps { get; }

    /// <summary>The file the article was read from, as given to the reader (used in diagnostics).</summary>
    public string Path { get; }

    /// <summary>The 1-based file line on which the template body starts (the line after the closing <c>---</c>).</summary>
    public int BodyLine { get; }

    /// <summary>The parsed body template; never rendered directly, only through <see cref="ArticleRenderer"/>.</summary>
    internal Template Body { get; }
}
