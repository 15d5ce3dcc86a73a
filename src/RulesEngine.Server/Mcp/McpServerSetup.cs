using System.Reflection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace RulesEngine.Server.Mcp;

/// <summary>What the HTTP and stdio MCP servers share: the server's name, the instructions an LLM reads first, the tools
/// with their argument guard, and the articles as resources.</summary>
internal static class McpServerSetup
{
    public static IMcpServerBuilder AddTriage(this IMcpServerBuilder builder) => builder
        .WithTools<TriageTools>()
        .WithRequestFilters(filters => filters.AddCallToolFilter(ToolArgumentGuard.Filter).AddListToolsFilter(ToolOutputSchemas.Filter))
        .WithListResourcesHandler(ArticleResources.ListAsync)
        .WithListResourceTemplatesHandler(ArticleResources.ListTemplatesAsync)
        .WithReadResourceHandler(ArticleResources.ReadAsync);

    public static void Configure(McpServerOptions options)
    {
        options.ServerInfo = new Implementation
        {
            Name = "triage",
            Title = "triage: support-ticket diagnosis",
            Version = typeof(McpServerSetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0",
        };
        options.ServerInstructions =
            "Diagnoses SAP integration support tickets from what the customer wrote and pasted. Call diagnose with every input of the "
            + "conversation so far; show its 'answer' to the customer; when the top finding is suspected, ask its question and call "
            + "diagnose again with the reply added as an input. Use explain for 'why', get_article and list_articles for the catalog "
            + "(also the resources kb://articles/{id}).";
    }
}
