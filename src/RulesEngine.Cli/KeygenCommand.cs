using System.CommandLine;
using System.Text;
using RulesEngine.Core.Bundles;

namespace RulesEngine.Cli;

/// <summary><c>triage keygen --out DIR</c>: an Ed25519 key pair for signing knowledge-base bundles, the private key
/// created readable by its owner only (never for a moment by anyone else), an existing key never overwritten.</summary>
internal static class KeygenCommand
{
    public const string PrivateKeyFile = "bundle-signing.key";
    public const string PublicKeyFile = "bundle-signing.pub";

    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out")
        {
            Description = "The folder to write bundle-signing.key (private, owner-only) and bundle-signing.pub (public) to.",
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command("keygen", "Make an Ed25519 key pair for signing knowledge-base bundles.");
        command.Add(output);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            var privatePath = Path.Combine(folder, PrivateKeyFile);
            var publicPath = Path.Combine(folder, PublicKeyFile);
            if (File.Exists(privatePath) || File.Exists(publicPath))
            {
                console.Error.WriteLine($"triage: error: '{privatePath}' or '{publicPath}' already exists: a signing key is never overwritten; choose another --out");
                return ExitCodes.Usage;
            }

            Directory.CreateDirectory(folder);
            var (privatePem, publicPem, keyId) = BundleKeys.Generate();
            Write(privatePath, privatePem, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Write(publicPath, publicPem, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            console.Out.WriteLine($"key {keyId}: private key {privatePath} (owner-only; keep it out of the repository), public key {publicPath} (give it to every server as --trusted-key)");
            return ExitCodes.Ok;
        });
        return command;
    }

    // Created with its permissions, exclusively: the file is never readable by others, and an existing one is not replaced.
    private static void Write(string path, string text, UnixFileMode mode)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        using var stream = new FileStream(path, options);
        stream.Write(Encoding.ASCII.GetBytes(text));
    }
}
