using System.CommandLine;
using RulesEngine.Server;
using RulesEngine.Server.Mcp;

namespace RulesEngine.Cli;

/// <summary><c>triage mcp [--rules DIR] [--kb DIR] [--bundle FILE --trusted-key PUB...]</c>: the MCP tools over standard input and output, for a local MCP
/// client that starts <c>triage</c> itself. Logs go to standard error.</summary>
internal static class McpCommand
{
    public static Command Create()
    {
        var knowledge = new KnowledgeBaseOptions();
        var command = new Command("mcp", "Serve the MCP tools diagnose, explain, list_articles and get_article over stdio (logs on stderr); "
            + "reloads the knowledge base when its files change.");
        knowledge.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ServerOptions { Rules = knowledge.RulesFolder(parse), Kb = knowledge.KbFolder(parse), Bundle = knowledge.BundleFile(parse) };
            options.TrustedKeys.AddRange(knowledge.TrustedKeyFiles(parse));
            return await McpStdioServer.RunAsync(options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
