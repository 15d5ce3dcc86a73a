namespace RulesEngine.Cli;

/// <summary>Runs an action now and again after every change under some folders, until cancelled.</summary>
internal static class TestWatcher
{
    // Editors write a file in several steps: wait for the burst to settle before running again.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);

    public static async Task WatchAsync(IReadOnlyList<string> folders, Func<int> run, CliConsole console, CancellationToken cancellationToken)
    {
        var changed = new SemaphoreSlim(0);
        var watchers = folders.Where(Directory.Exists).Select(folder =>
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += (_, _) => changed.Release();
            watcher.Created += (_, _) => changed.Release();
            watcher.Deleted += (_, _) => changed.Release();
            watcher.Renamed += (_, _) => changed.Release();
            return watcher;
        }).ToList();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                run();
                console.Out.WriteLine("watching for changes (Ctrl+C stops)…");
                await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(Settle, cancellationToken).ConfigureAwait(false);
                while (changed.CurrentCount > 0)
                {
                    await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C ends the watch normally.
        }
        finally
        {
            watchers.ForEach(w => w.Dispose());
            changed.Dispose();
        }
    }
}
