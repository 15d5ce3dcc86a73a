using System.Diagnostics;
using RulesEngine.Core.Tests.Support;
using static RulesEngine.Cli.Tests.CliRunner;

namespace RulesEngine.Cli.Tests;

/// <summary>Reading a ticket's inputs is inside its budgets: a pipe nobody writes to or closes stops at the time budget
/// (exit 5), and a ticket of more files than <c>--max-inputs</c> is refused before any is read (exit 4).</summary>
public sealed class InputReadingTests
{
    [Fact]
    public void Diagnose_StandardInputThatNeverEnds_Exit5WithinTheBudget()
    {
        // A read blocks until the test ends, as on a pipe whose writer is open and silent.
        using var silent = new SilentStream();

        var (exit, output, error) = RunWithInput(["diagnose", "--timeout", "0.5", "-"], silent);

        Assert.Equal(5, exit);
        Assert.Equal("", output);
        Assert.StartsWith("triage: error: 'stdin' was not read to its end within the time budget of 0.5 s", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_FifoWithoutWriter_Exit5NamingTheFile()
    {
        Assert.False(OperatingSystem.IsWindows(), "named pipes as files are a Unix case; this suite runs on Linux");
        using var folder = new TempFolder();
        var fifo = Path.Combine(folder.Root, "ticket.fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a fifo for reading blocks until a writer opens it: nothing ever does here.
        var (exit, output, error) = Run(["explain", "--timeout", "0.5", fifo]);

        Assert.Equal(5, exit);
        Assert.Equal("", output);
        Assert.Contains($"'{fifo}' was not read to its end within the time budget of 0.5 s", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_MoreFilesThanMaxInputs_Exit4BeforeReadingAny()
    {
        using var folder = new TempFolder();
        var files = Enumerable.Range(0, 3).Select(i => folder.Write($"log{i}.txt", "HTTP 401 Unauthorized")).ToList();
        var missing = Path.Combine(folder.Root, "not-there.txt"); // would be exit 4 with another message if it were read

        var (exit, output, error) = Run(["diagnose", "--max-inputs", "3", .. files, missing]);

        Assert.Equal(4, exit);
        Assert.Equal("", output);
        Assert.StartsWith("triage: error: the ticket has 4 inputs; the limit is 3:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_AsManyFilesAsMaxInputs_Diagnosed()
    {
        using var folder = new TempFolder();
        var files = Enumerable.Range(0, 3).Select(i => folder.Write($"log{i}.txt", "HTTP 401 Unauthorized")).ToList();

        var (exit, _, error) = Run(["diagnose", "--max-inputs", "3", .. files]);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
    }

    /// <summary>A stream whose reads block until it is disposed, then end.</summary>
    private sealed class SilentStream : Stream
    {
        private readonly ManualResetEventSlim _closed = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            _closed.Wait();
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _closed.Set();
            base.Dispose(disposing);
        }
    }
}
