using System.CommandLine;
using RulesEngine.Core;
using RulesEngine.Core.Bundles;

namespace RulesEngine.Cli;

/// <summary>Where the knowledge base comes from: <c>--rules</c> and <c>--kb</c> folders (default: the knowledge base
/// shipped beside the binary), or a signed bundle, <c>--bundle FILE --trusted-key PUB</c>, verified before it is parsed.</summary>
internal sealed class KnowledgeBaseOptions(bool acceptsBundle = true)
{
    private LoadedBundle? _bundle;

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

    public Option<FileInfo?> Bundle { get; } = new("--bundle")
    {
        Description = "A signed knowledge-base bundle from 'triage pack', instead of --rules and --kb; needs --trusted-key.",
        HelpName = "FILE",
    };

    public Option<FileInfo[]> TrustedKeys { get; } = new("--trusted-key")
    {
        Description = "A public key (bundle-signing.pub) whose bundles are accepted; repeat it to trust several keys while rotating.",
        HelpName = "PUB",
        DefaultValueFactory = _ => [],
    };

    /// <summary>Adds the options; <c>pack</c>, which makes bundles from folders, takes only <c>--rules</c> and <c>--kb</c>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Rules);
        command.Add(Kb);
        if (!acceptsBundle)
        {
            return;
        }

        command.Add(Bundle);
        command.Add(TrustedKeys);
        command.Validators.Add(result =>
        {
            var bundle = result.GetResult(Bundle) is not null;
            var keys = result.GetResult(TrustedKeys) is not null;
            if (bundle && (result.GetResult(Rules) is not null || result.GetResult(Kb) is not null))
            {
                result.AddError("--bundle replaces --rules and --kb: give one or the other");
            }
            else if (bundle && !keys)
            {
                result.AddError("--bundle needs --trusted-key PUB: a bundle is only loaded when a trusted key signed it");
            }
            else if (keys && !bundle)
            {
                result.AddError("--trusted-key is only used with --bundle FILE");
            }
        });
    }

    /// <summary>The bundle file, when one is given.</summary>
    public string? BundleFile(ParseResult parse) => parse.GetValue(Bundle)?.FullName;

    /// <summary>The trusted public-key files.</summary>
    public IReadOnlyList<string> TrustedKeyFiles(ParseResult parse) => [.. parse.GetValue(TrustedKeys)!.Select(k => k.FullName)];

    /// <summary>The server's settings for a bundle (<c>--Triage:Bundle</c>, <c>--Triage:TrustedKeys:N</c>); none without one.</summary>
    public IEnumerable<string> ServerArguments(ParseResult parse)
    {
        if (BundleFile(parse) is not { } file)
        {
            yield break;
        }

        yield return "--Triage:Bundle";
        yield return file;
        var keys = TrustedKeyFiles(parse);
        for (var i = 0; i < keys.Count; i++)
        {
            yield return $"--Triage:TrustedKeys:{i}";
            yield return keys[i];
        }
    }

    /// <summary>The rules folder: the bundle's unpacked one once <see cref="Load"/> accepted a bundle.</summary>
    public string RulesFolder(ParseResult parse) => _bundle?.RulesFolder ?? parse.GetValue(Rules)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "rules");

    public string KbFolder(ParseResult parse) => _bundle?.KbFolder ?? parse.GetValue(Kb)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "kb");

    /// <summary>Loads the folders, or verifies, unpacks, loads and smoke-tests the bundle; a refused bundle's
    /// diagnostics carry bundle codes (RE4xxx), which <see cref="ValidateCommand.Report"/> turns into exit 6.</summary>
    public KnowledgeBaseLoadResult Load(ParseResult parse)
    {
        if (BundleFile(parse) is not { } file)
        {
            return KnowledgeBaseLoader.Load(RulesFolder(parse), KbFolder(parse));
        }

        var result = BundleLoader.Load(file, TrustedKeyFiles(parse), new BundlePolicy(DateTimeOffset.UtcNow));
        if (result.Bundle is not { } bundle)
        {
            return new KnowledgeBaseLoadResult(null, result.Diagnostics);
        }

        _bundle = bundle;
        // The unpacked folder is private to this user; it is removed when the process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => bundle.Dispose();
        return new KnowledgeBaseLoadResult(bundle.KnowledgeBase, result.Diagnostics);
    }
}
