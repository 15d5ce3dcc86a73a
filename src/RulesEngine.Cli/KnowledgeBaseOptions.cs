using System.CommandLine;
using RulesEngine.Core;

namespace RulesEngine.Cli;

/// <summary>The <c>--rules</c> and <c>--kb</c> options, defaulting to the knowledge base shipped beside the binary.</summary>
internal sealed class KnowledgeBaseOptions
{
    public Option<DirectoryInfo?> Rules { get; } = new("--rules")
    {
        Description = "Folder of YAML rule files (default: the rules shipped with triage).",
        HelpName = "DIR",
    };

    public Option<DirectoryInfo?> Kb { get; } = new("--kb")
    {
        Description = "Knowledge-base folder: articles/*.md and catalog data (default: the kb shipped with triage).",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        command.Add(Rules);
        command.Add(Kb);
    }

    public string RulesFolder(ParseResult parse) => parse.GetValue(Rules)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "rules");

    public string KbFolder(ParseResult parse) => parse.GetValue(Kb)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "kb");

    public KnowledgeBaseLoadResult Load(ParseResult parse) => KnowledgeBaseLoader.Load(RulesFolder(parse), KbFolder(parse));
}
