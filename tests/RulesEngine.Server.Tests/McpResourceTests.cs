using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using RulesEngine.Server.Tests.Support;

namespace RulesEngine.Server.Tests;

/// <summary>The knowledge-base articles are MCP resources <c>kb://articles/{id}</c>: listed, announced as a template,
/// and read as the article's JSON.</summary>
public sealed class McpResourceTests(ShippedServer fixture) : IClassFixture<ShippedServer>
{
    [Fact]
    public async Task ListResources_ShippedKnowledgeBase_ListsEveryArticle()
    {
        await using var client = await McpConnection.ConnectAsync(fixture.Server);
        var (_, catalog) = await fixture.Server.GetAsync("v1/articles");

        var resources = await client.ListResourcesAsync();

        var ids = catalog.GetProperty("articles").EnumerateArray().Select(a => "kb://articles/" + a.GetProperty("id").GetString());
        Assert.Equal(ids.Order(StringComparer.Ordinal), resources.Select(r => r.Uri).Order(StringComparer.Ordinal));
        var article = Assert.Single(resources, r => r.Uri == "kb://articles/3474524");
        Assert.Equal("Client Certificate authentication failing in EC to Workforce integration", article.ProtocolResource.Title);
        Assert.Equal("application/json", article.MimeType);
    }

    [Fact]
    public async Task ListResourceTemplates_AnnouncesTheArticleUri()
    {
        await using var client = await McpConnection.ConnectAsync(fixture.Server);

        var templates = await client.ListResourceTemplatesAsync();

        Assert.Equal("kb://articles/{id}", Assert.Single(templates).UriTemplate);
    }

    [Fact]
    public async Task ReadResource_Article_IsItsJsonWithTheConcludingRules()
    {
        await using var client = await McpConnection.ConnectAsync(fixture.Server);

        var result = await client.ReadResourceAsync("kb://articles/3474524");

        var contents = Assert.IsType<TextResourceContents>(Assert.Single(result.Contents));
        Assert.Equal(("kb://articles/3474524", "application/json"), (contents.Uri, contents.MimeType));
        using var article = JsonDocument.Parse(contents.Text);
        Assert.Equal("3474524", article.RootElement.GetProperty("id").GetString());
        Assert.Contains(article.RootElement.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "wfs-client-certificate");
    }

    [Theory]
    [InlineData("kb://articles/no-such-article")]
    [InlineData("file:///etc/passwd")]
    public async Task ReadResource_Unknown_IsResourceNotFound(string uri)
    {
        await using var client = await McpConnection.ConnectAsync(fixture.Server);

        var error = await Assert.ThrowsAsync<McpProtocolException>(() => client.ReadResourceAsync(uri).AsTask());

        Assert.Equal(-32002, (int)error.ErrorCode);
    }
}
