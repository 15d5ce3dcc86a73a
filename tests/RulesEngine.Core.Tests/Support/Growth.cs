using System.Diagnostics;

namespace RulesEngine.Core.Tests.Support;

/// <summary>How a cost grows with its input, judged by a ratio instead of a wall-clock bound: a busy machine slows the
/// small and the large run alike, while a quadratic algorithm still shows as 16 times the time for 4 times the input.</summary>
internal static class Growth
{
    /// <summary>Asserts that <paramref name="run"/> on an input of size 4×<paramref name="size"/> takes less than 10 times
    /// as long as on <paramref name="size"/> (linear: about 4; quadratic: about 16). Each size runs three times,
    /// interleaved, and the fastest run counts.</summary>
    public static void AssertLinear<T>(Func<int, T> input, Action<T> run, int size)
    {
        var small = input(size);
        var large = input(size * 4);
        run(small); // warm up: JIT and caches are not growth
        var (fastestSmall, fastestLarge) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var i = 0; i < 3; i++)
        {
            fastestSmall = Min(fastestSmall, Time(() => run(small)));
            fastestLarge = Min(fastestLarge, Time(() => run(large)));
        }

        var ratio = fastestLarge / Max(fastestSmall, TimeSpan.FromMilliseconds(1));
        Assert.True(ratio < 10, $"4× the input took {ratio:0.0}× the time ({fastestSmall.TotalMilliseconds:0} ms → {fastestLarge.TotalMilliseconds:0} ms): the cost grows faster than linearly");
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
