using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using RulesEngine.Core;
using RulesEngine.Core.Bundles;

namespace RulesEngine.Server.Knowledge;

/// <summary>Holds the knowledge base the server answers with. Loads it in the background at start, and again after
/// every burst of changes under the rules or kb folder (or to the bundle file); a load with errors, or a bundle refused,
/// keeps the last good one serving.
/// The swap is one volatile write: a request reads <see cref="State"/> once and finishes on what it read.</summary>
internal sealed partial class KnowledgeBaseHost : IHostedService, IDisposable
{
    private readonly ServerOptions _options;
    private readonly ILogger<KnowledgeBaseHost> _logger;
    private readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // One pending "something changed" mark: events during a load leave it set, so another load follows.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private volatile KnowledgeBaseState _state = KnowledgeBaseState.Initial;
    private Task? _loop;

    public KnowledgeBaseHost(IOptions<ServerOptions> options, ILogger<KnowledgeBaseHost> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The knowledge base being served and the outcome of the last load.</summary>
    public KnowledgeBaseState State => _state;

    /// <summary>The state once the first load has finished (at once after that).</summary>
    public async Task<KnowledgeBaseState> GetAsync(CancellationToken cancellationToken)
    {
        await _firstLoad.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _state;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.Watch && _options.BundleFile is { } bundle)
        {
            Watch(Path.GetDirectoryName(bundle)!, Path.GetFileName(bundle));
        }
        else if (_options.Watch)
        {
            Watch(_options.RulesFolder);
            Watch(_options.KbFolder);
        }

        _changes.Writer.TryWrite(true);
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _watchers.ForEach(w => w.EnableRaisingEvents = false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _watchers.ForEach(w => w.Dispose());
        _stopping.Dispose();
    }

    // A folder is watched with everything below it; a bundle by its name in its folder, so a release moved over it
    // (what 'triage pack' does) is seen as well as one written in place.
    private void Watch(string folder, string? fileName = null)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = fileName is null ? new FileSystemWatcher(folder) { IncludeSubdirectories = true } : new FileSystemWatcher(folder, fileName);
        watcher.Changed += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Created += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Deleted += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
        // A lost event (buffer overflow) may hide a change: reload to be sure.
        watcher.Error += (_, _) => _changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(Math.Max(0, _options.ReloadDelayMilliseconds));
        try
        {
            var first = true;
            while (await _changes.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                _changes.Reader.TryRead(out _);
                if (!first)
                {
                    // Editors write a file in several steps: wait until the folder has been quiet for a while.
                    do
                    {
                        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    }
                    while (_changes.Reader.TryRead(out _));
                }

                Load();
                if (first)
                {
                    first = false;
                    _firstLoad.TrySetResult();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            _firstLoad.TrySetResult();
        }
    }

    private void Load()
    {
        var watch = Stopwatch.StartNew();
        var previous = _state;
        KnowledgeBaseLoadResult result;
        BundleManifest? manifest = null;
        try
        {
            if (_options.BundleFile is { } bundleFile)
            {
                var loaded = BundleLoader.Load(bundleFile, _options.TrustedKeys, BundlePolicy.After(previous.Bundle, DateTimeOffset.UtcNow), _stopping.Token);
                // Everything is in memory once loaded: the unpacked copy is not needed while serving.
                using var bundle = loaded.Bundle;
                manifest = bundle?.Manifest;
                result = new KnowledgeBaseLoadResult(bundle?.KnowledgeBase, loaded.Diagnostics);
            }
            else
            {
                result = KnowledgeBaseLoader.Load(_options.RulesFolder, _options.KbFolder);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A folder removed or locked mid-edit, or a loader bug: keep serving, the next change triggers another load.
            LogLoadException(ex.GetType().Name);
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (result.KnowledgeBase is { } knowledgeBase)
        {
            _state = new KnowledgeBaseState(knowledgeBase, now, now, [], previous.Loads + 1, manifest);
            LogLoaded(knowledgeBase.Revision, knowledgeBase.Rules.Length, knowledgeBase.Articles.Count, watch.ElapsedMilliseconds);
            return;
        }

        _state = previous with { AttemptedAt = now, Errors = errors };
        LogRefused(errors.Count, previous.KnowledgeBase?.Revision ?? "nothing");
        foreach (var error in errors)
        {
            LogError(error.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base {Revision} loaded: {Rules} rules, {Articles} articles in {Milliseconds} ms")]
    private partial void LogLoaded(string revision, int rules, int articles, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "The knowledge base has {Count} errors; still serving {Revision}")]
    private partial void LogRefused(int count, string revision);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Diagnostic}")]
    private partial void LogError(string diagnostic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The knowledge base could not be read ({Exception}); still serving the last one")]
    private partial void LogLoadException(string exception);
}
