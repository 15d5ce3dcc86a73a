using System.Diagnostics;
using System.Globalization;
using System.Text;
using RulesEngine.Core;

namespace RulesEngine.Benchmarks;

/// <summary>This engine on the generated rules: a rule file of <c>r{i}</c> rules (signal <c>s{i}</c> with keyword
/// <c>tok{i}x</c>, and an HTTP 401), one article, loaded as `triage` loads a knowledge base (read, validate, compile: the
/// build). A ticket is a whole diagnosis, extraction to rendered report.</summary>
internal sealed class OursEngine : IDisposable
{
    private readonly DirectoryInfo _folder;
    private readonly KnowledgeBase _knowledgeBase;

    private OursEngine(DirectoryInfo folder, KnowledgeBase knowledgeBase, TimeSpan buildTime, long buildBytes)
    {
        _folder = folder;
        _knowledgeBase = knowledgeBase;
        BuildTime = buildTime;
        BuildBytes = buildBytes;
    }

    public TimeSpan BuildTime { get; }

    public long BuildBytes { get; }

    public static OursEngine Build(int rules)
    {
        var folder = Directory.CreateTempSubdirectory("triage-compare-");
        Directory.CreateDirectory(Path.Combine(folder.FullName, "rules"));
        Directory.CreateDirectory(Path.Combine(folder.FullName, "kb", "articles"));
        // Files of at most 1,000 rules each, under the loader's size limit for one rule file.
        for (var from = 0; from < rules; from += 1_000)
        {
            var yaml = new StringBuilder("signals:\n");
            var to = Math.Min(rules, from + 1_000);
            for (var i = from; i < to; i++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - name: s{i}\n    keywords: [\"{CompareRules.Token(i)}\"]\n");
            }

            yaml.Append("rules:\n");
            for (var i = from; i < to; i++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  - id: {CompareRules.Id(i)}\n    article: bench\n    when:\n      - signal: {{ name: s{i} }}\n      - http-error: {{ status: 401 }}\n");
            }

            File.WriteAllText(Path.Combine(folder.FullName, "rules", string.Create(CultureInfo.InvariantCulture, $"bench-{from / 1_000:D2}.yaml")), yaml.ToString());
        }

        File.WriteAllText(Path.Combine(folder.FullName, "kb", "articles", "bench.md"), "---\nid: bench\ntitle: Bench\nproduct: P\ncomponent: C\nsource: https://example.com\n---\nStatus {{ finding.status }}.\n");
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var loaded = KnowledgeBaseLoader.Load(Path.Combine(folder.FullName, "rules"), Path.Combine(folder.FullName, "kb"));
        var time = clock.Elapsed;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        var knowledgeBase = loaded.KnowledgeBase
            ?? throw new InvalidOperationException("the generated knowledge base does not load: " + string.Join("; ", loaded.Diagnostics));
        return new OursEngine(folder, knowledgeBase, time, bytes);
    }

    /// <summary>The rule ids a whole diagnosis of <paramref name="text"/> fired.</summary>
    public IReadOnlyCollection<string> Fire(string text, DateTimeOffset now) =>
        [.. _knowledgeBase.Diagnose([new TicketInput("ticket.txt", text)], new DiagnoseOptions(now)).Fired.Select(f => f.RuleId)];

    public void Dispose() => _folder.Delete(recursive: true);
}
