using RulesEngine.Core.Tests.Redaction;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary><c>triage diagnose</c> and <c>triage explain</c> over a trace log and a ticket holding every family of the
/// generated secret corpus on 401 lines: no secret on stdout or stderr, in any format.</summary>
public sealed class SecretLeakCliTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string[] _files;

    public SecretLeakCliTests()
    {
        _files = [_folder.Write("trace.log", SecretShapes.TraceLog(SecretShapes.All)), _folder.Write("ticket.txt", SecretShapes.Ticket(SecretShapes.All))];
    }

    [Theory]
    [InlineData("diagnose", "text", "***")]
    [InlineData("diagnose", "markdown", "***")]
    [InlineData("diagnose", "json", "***")]
    [InlineData("explain", "text", "trace.log(2,1)")] // its facts list cuts messages before the secrets
    [InlineData("explain", "json", "***")]
    public void Command_EverySecretFamily_NoSecretInOutput(string command, string format, string shownOutput)
    {
        // Arrange
        Assert.All(SecretShapes.All, s => Assert.Contains(s.Secret, File.ReadAllText(_files[0]), StringComparison.Ordinal));

        // Act
        var (exit, output, error) = Run([command, "--format", format, "--now", "2026-11-28T10:30:00Z", .. _files]);

        // Assert: the secrets' lines reach the output (masked), and no secret does.
        Assert.Equal(0, exit);
        Assert.Contains(shownOutput, output, StringComparison.Ordinal);
        foreach (var (stream, text) in new[] { ("stdout", output), ("stderr", error) })
        {
            var leak = SecretShapes.FindLeak(text, SecretShapes.All);
            Assert.True(leak is null, $"The secret of {leak?.Shape} ({leak?.Marker}) appears on {stream}:\n{SecretShapes.Around(text, leak?.Marker ?? "")}");
        }
    }

    public void Dispose() => _folder.Dispose();
}
