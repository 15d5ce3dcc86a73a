using System.CommandLine;
using RulesEngine.Server;

namespace RulesEngine.Cli;

/// <summary><c>triage serve [--urls URLS] [--rules DIR] [--kb DIR] [--bundle FILE --trusted-key PUB...] [--Triage:NAME VALUE]...</c>: the HTTP API and the
/// MCP endpoint, the same host as <c>dotnet run --project src/RulesEngine.Server</c>.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var knowledge = new KnowledgeBaseOptions();
        var urls = new Option<string?>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';' (default {TriageServer.DefaultUrl}). Off loopback, configure API keys.",
            HelpName = "URLS",
        };
        var command = new Command("serve", "Run the HTTP API (/v1/diagnose, /v1/explain, /v1/articles), the MCP endpoint (/mcp) and health "
            + "checks; reloads the knowledge base when its files change. Other settings: --Triage:NAME VALUE (see README).")
        {
            // Settings such as --Triage:ApiKeyHashes:0 HASH go to the host's configuration as they are.
            TreatUnmatchedTokensAsErrors = false,
        };
        knowledge.AddTo(command);
        command.Add(urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var args = new List<string>();
            if (parse.GetValue(urls) is { } addresses)
            {
                args.AddRange(["--urls", addresses]);
            }

            if (parse.GetValue(knowledge.Rules) is { } rules)
            {
                args.AddRange(["--rules", rules.FullName]);
            }

            if (parse.GetValue(knowledge.Kb) is { } kb)
            {
                args.AddRange(["--kb", kb.FullName]);
            }

            args.AddRange(knowledge.ServerArguments(parse));
            args.AddRange(parse.UnmatchedTokens);
            return await TriageServer.RunAsync([.. args], cancellationToken: cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
