using System.Text;

namespace RulesEngine.Cli.Tests;

/// <summary>A text writer that several threads may write to, and that a test can wait on.</summary>
internal sealed class SynchronizedWriter : StringWriter
{
    private readonly Lock _lock = new();

    public override void Write(char value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            base.WriteLine(value);
        }
    }

    public int Count(string text)
    {
        string all;
        lock (_lock)
        {
            all = ToString();
        }

        var count = 0;
        for (var i = all.IndexOf(text, StringComparison.Ordinal); i >= 0; i = all.IndexOf(text, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Waits (polling) until <paramref name="text"/> was written at least <paramref name="times"/> times.</summary>
    public async Task WaitForAsync(string text, int times, CancellationToken cancellationToken)
    {
        while (Count(text) < times)
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    public override Encoding Encoding => Encoding.UTF8;
}
