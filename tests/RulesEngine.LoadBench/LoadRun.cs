using System.Diagnostics;
using System.Net;
using System.Text;

namespace RulesEngine.LoadBench;

/// <summary>Sends a fixed number of requests with a fixed number in flight and keeps every latency.</summary>
internal sealed class LoadRun(HttpClient client, string path, string body)
{
    public async Task<LoadResult> RunAsync(int requests, int concurrency, TimeSpan limit)
    {
        var latencies = new double[requests];
        var next = -1;
        var failures = 0;
        using var deadline = new CancellationTokenSource(limit);
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < requests && !deadline.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await client.PostAsync(path, content, deadline.Token);
                    await response.Content.LoadIntoBufferAsync(deadline.Token);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                {
                    Interlocked.Increment(ref failures);
                }

                latencies[index] = watch.Elapsed.TotalMilliseconds;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        total.Stop();
        var done = Math.Min(requests, next);
        return new LoadResult(done, failures, total.Elapsed, [.. latencies.Take(done).Order()]);
    }
}
