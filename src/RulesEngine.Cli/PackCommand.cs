using System.CommandLine;
using System.Globalization;
using RulesEngine.Core.Bundles;

namespace RulesEngine.Cli;

/// <summary><c>triage pack --key KEY --revision N --out FILE [--rules DIR] [--kb DIR] [--expires TIME]</c>: checks the
/// knowledge base as a server would (validates, compiles, all its rule tests pass), then writes the signed bundle.</summary>
internal static class PackCommand
{
    public static Command Create(CliConsole console)
    {
        var knowledge = new KnowledgeBaseOptions(acceptsBundle: false);
        var key = new Option<FileInfo>("--key") { Description = "The private signing key (bundle-signing.key from 'triage keygen').", HelpName = "KEY", Required = true };
        var revision = new Option<int>("--revision")
        {
            Description = "The release number, higher than every earlier release's: servers refuse a lower one.",
            HelpName = "N",
            Required = true,
            CustomParser = OptionValues.Integer("--revision", 1, int.MaxValue),
        };
        var output = new Option<FileInfo>("--out") { Description = "The bundle file to write (replaced whole, never half-written).", HelpName = "FILE", Required = true };
        var expires = new Option<DateTimeOffset?>("--expires")
        {
            Description = "When the bundle stops being accepted (ISO 8601); default: never.",
            HelpName = "TIME",
            CustomParser = result => OptionValues.Time(result, "--expires"),
        };
        var command = new Command("pack", "Check the knowledge base (validation and its rule tests) and pack it into a signed bundle.");
        knowledge.AddTo(command);
        command.Add(key);
        command.Add(revision);
        command.Add(output);
        command.Add(expires);
        command.SetAction((parse, cancellationToken) =>
        {
            var rulesFolder = knowledge.RulesFolder(parse);
            var kbFolder = knowledge.KbFolder(parse);
            var check = ReleaseCheck.Run(rulesFolder, kbFolder, cancellationToken);
            foreach (var diagnostic in check.Diagnostics.Where(d => d.IsError))
            {
                console.Error.WriteLine(diagnostic.ToString());
            }

            if (!check.Passed)
            {
                console.Error.WriteLine("triage: nothing was packed: a bundle is made only of a knowledge base that validates and passes its own rule tests");
                return Task.FromResult(ExitCodes.KnowledgeBaseInvalid);
            }

            return Task.FromResult(Write(console, rulesFolder, kbFolder, parse.GetValue(key)!.FullName, parse.GetValue(revision), parse.GetValue(expires), parse.GetValue(output)!.FullName));
        });
        return command;
    }

    private static int Write(CliConsole console, string rulesFolder, string kbFolder, string keyFile, long revision, DateTimeOffset? expires, string output)
    {
        // Written beside the target, then moved over it: a server watching the file never reads half a bundle.
        var temporary = output + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            BundleManifest manifest;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                manifest = BundlePacker.Pack(rulesFolder, kbFolder, keyFile, revision, DateTimeOffset.UtcNow, expires, stream);
            }

            File.Move(temporary, output, overwrite: true);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bundle {output}: revision {manifest.Revision}, content revision {manifest.ContentRevision}, {manifest.Files.Length} files, signed by key {manifest.KeyId}{(manifest.ExpiresAt is { } e ? $", expires {e:O}" : "")}"));
            return ExitCodes.Ok;
        }
        catch (BundleException ex)
        {
            console.Error.WriteLine(ex.Diagnostic.ToString());
            return ExitCodes.BundleRefused;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"triage: error: cannot write '{output}': {ex.Message}");
            return ExitCodes.InputUnreadable;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
