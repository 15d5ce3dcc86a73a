using System.Security.Cryptography;

namespace RulesEngine.Core.Bundles;

/// <summary>Writes a verified bundle's files to a new folder that only this user can read, so the loader (which reads
/// folders) loads exactly the verified bytes; names were checked to stay inside it, and are checked again here.</summary>
internal static class BundleUnpacker
{
    public static string Unpack(VerifiedBundle bundle)
    {
        var root = Path.Combine(Path.GetTempPath(), $"triage-bundle-{bundle.Manifest.Revision}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(root);
        }
        else
        {
            Directory.CreateDirectory(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        try
        {
            foreach (var (name, bytes) in bundle.Files)
            {
                var path = Path.GetFullPath(Path.Combine(root, name));
                if (!KnowledgePaths.IsInside(root, path))
                {
                    throw new InvalidOperationException($"'{name}' would be written outside the bundle's folder");
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes);
            }

            Directory.CreateDirectory(Path.Combine(root, "rules"));
            Directory.CreateDirectory(Path.Combine(root, "kb"));
            return root;
        }
        catch
        {
            Delete(root);
            throw;
        }
    }

    public static void Delete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file held open elsewhere: the folder is private and under the temp folder; it goes with the next clean-up.
        }
    }
}
