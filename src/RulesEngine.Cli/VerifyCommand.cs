using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using RulesEngine.Core;
using RulesEngine.Core.Bundles;
using RulesEngine.Core.Reporting;

namespace RulesEngine.Cli;

/// <summary><c>triage verify --trusted-key PUB [--trusted-key PUB]... [--min-revision N] [--format text|json] FILE</c>:
/// every check a server makes before it serves a bundle (signature, files, expiry, revision, validation, its own
/// rule tests); exit 0 when it would be served, 6 with the reason when not.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var keys = new Option<FileInfo[]>("--trusted-key")
        {
            Description = "A public key (bundle-signing.pub) whose bundles are accepted; repeat it to trust several keys while rotating.",
            HelpName = "PUB",
            Required = true,
        };
        var minimum = new Option<int>("--min-revision")
        {
            Description = "Refuse a bundle whose revision is lower (the revision in production, to catch a rollback before deploying).",
            HelpName = "N",
            CustomParser = OptionValues.Integer("--min-revision", 0, int.MaxValue),
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var file = new Argument<FileInfo>("FILE") { Description = "The bundle to verify." };
        var command = new Command("verify", "Check a bundle as a server would before serving it: signature by a trusted key, every file, expiry, revision, validation and its own rule tests.");
        command.Add(keys);
        command.Add(minimum);
        command.Add(format);
        command.Add(file);
        command.SetAction((parse, cancellationToken) =>
        {
            var policy = new BundlePolicy(DateTimeOffset.UtcNow, parse.GetValue(minimum));
            var result = BundleLoader.Load(parse.GetValue(file)!.FullName, [.. parse.GetValue(keys)!.Select(k => k.FullName)], policy, cancellationToken);
            using var bundle = result.Bundle;
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(Json(result));
                return Task.FromResult(result.Refused ? ExitCodes.BundleRefused : ExitCodes.Ok);
            }

            if (bundle is null)
            {
                return Task.FromResult(ValidateCommand.Report(new KnowledgeBaseLoadResult(null, result.Diagnostics), console));
            }

            var manifest = bundle.Manifest;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bundle OK: revision {manifest.Revision}, content revision {manifest.ContentRevision}, signed by key {manifest.KeyId} on {manifest.CreatedAt:O}, "
                + $"{(manifest.ExpiresAt is { } e ? $"expires {e:O}" : "no expiry")}, engine {manifest.Engine} or later, {manifest.Files.Length} files; "
                + $"{bundle.KnowledgeBase.Rules.Length} rules, {bundle.KnowledgeBase.Articles.Count} articles, {bundle.Tests.Passed} rule tests passed"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static string Json(BundleLoadResult result)
    {
        var manifest = result.Manifest;
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["accepted"] = !result.Refused,
            ["revision"] = manifest?.Revision,
            ["contentRevision"] = manifest?.ContentRevision,
            ["keyId"] = manifest?.KeyId,
            ["createdAt"] = manifest?.CreatedAt,
            ["expiresAt"] = manifest?.ExpiresAt,
            ["engine"] = manifest?.Engine,
            ["files"] = manifest?.Files.Length,
            ["ruleTestsPassed"] = result.Bundle?.Tests.Passed,
            ["diagnostics"] = DiagnosticsJson.Models(result.Diagnostics),
        }, ReportJson.Options);
    }
}
