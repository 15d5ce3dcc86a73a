namespace RulesEngine.Core.Inference;

/// <summary>The ticket's time (<c>--now</c>) for conditions that compare with it (<c>before: now</c>,
/// <c>older-than: 365d</c>): set around a diagnosis's session, so a run is reproducible; the wall clock outside one.</summary>
/// <remarks>Thread-static: a session runs on its caller's thread, and each diagnosis has its own session.</remarks>
internal static class DiagnosisClock
{
    [ThreadStatic]
    private static DateTimeOffset? _now;

    /// <summary>The time conditions compare with.</summary>
    public static DateTimeOffset Now => _now ?? DateTimeOffset.UtcNow;

    /// <summary>Sets <see cref="Now"/> on this thread until the result is disposed.</summary>
    public static IDisposable At(DateTimeOffset now)
    {
        var before = _now;
        _now = now;
        return new Restore(before);
    }

    private sealed class Restore(DateTimeOffset? before) : IDisposable
    {
        public void Dispose() => _now = before;
    }
}
