using System.Text;
using CsCheck;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Extraction;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Partitions;

/// <summary>The partitioned rules fire exactly what one session of all rules fires: on a generated knowledge base of keyed
/// rules, unkeyed rules, negations and chains of inferred facts across keys, and on random tickets.</summary>
public sealed class PartitionEquivalenceTests : IDisposable
{
    private const int Keys = 240;

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();

    [Fact]
    public void Diagnose_AnyTicket_PartitionsFireWhatOneSessionFires()
    {
        _folder.Write("rules/generated.yaml", GeneratedRules());
        _folder.WriteArticle("a");
        var loaded = _folder.LoadKnowledgeBase();
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        var kb = loaded.KnowledgeBase;
        Assert.True(RulePartitioner.Partition(kb.Rules).Count > 2, "the generated rules are partitioned");
        var bag = new DiagnosticBag();
        var whole = RuleSetCompiler.Compile(kb.Rules, kb.Schema, bag)!;

        Gen.Select(Gen.Int[0, Keys - 1].Array[0, 8], Gen.Bool).Sample(
            (keys, withStatus) =>
            {
                var ticket = string.Join(" ", keys.Select(k => $"kw{k}q")) + (withStatus ? "\nHTTP 401 Unauthorized\n" : "\n");
                var inputs = new[] { new TicketInput("ticket.txt", ticket) };

                var partitioned = kb.Diagnose(inputs, new DiagnoseOptions(Now));

                var facts = kb.Extractor.ExtractAll(inputs, new ExtractionOptions(Now)).Facts;
                var session = whole.CreateSession();
                var fired = new List<string>();
                session.Events.RuleFiredEvent += (_, e) =>
                {
                    if (FiredRules.From(e) is { } firing)
                    {
                        fired.Add(firing.Rule.Name);
                    }
                };
                session.InsertAll(facts);
                session.Fire();
                Assert.Equal(fired.Order(StringComparer.Ordinal), partitioned.Fired.Select(f => f.Rule.Name).Order(StringComparer.Ordinal));
                Assert.Equal(
                    session.Query<Finding>().AsEnumerable().Select(f => (f.RuleId, f.Status)).Order(),
                    partitioned.Fired.Where(f => f.Rule.Article is not null).Select(f => (f.RuleId, f.Rule.Status!.Value)).Distinct().Order());
            },
            iter: 60,
            print: t => $"keys [{string.Join(", ", t.Item1)}], status {t.Item2}");
    }

    public void Dispose() => _folder.Dispose();

    // Keyed rules (one signal each), rules keyed by a list, unkeyed rules, a negation, and chains: a keyed rule infers a
    // fact that a rule of another key (or no key) tests.
    private static string GeneratedRules()
    {
        var yaml = new StringBuilder("signals:\n");
        for (var i = 0; i < Keys; i++)
        {
            yaml.Append(Invariant($"  - name: s{i}\n    keywords: [\"kw{i}q\"]\n"));
        }

        yaml.Append("rules:\n");
        for (var i = 0; i < Keys; i++)
        {
            yaml.Append(Invariant($"  - id: k{i}\n    article: a\n    when:\n      - signal: {{ name: s{i} }}\n"));
            if (i % 3 == 0)
            {
                yaml.Append("    confirm:\n      - http-error: { status: 401 }\n");
            }
        }

        for (var i = 0; i < Keys; i += 7)
        {
            yaml.Append(Invariant($"  - id: l{i}\n    article: a\n    when:\n      - signal: {{ name: [s{i}, s{(i + 1) % Keys}] }}\n      - http-error: {{ status: 401 }}\n"));
            yaml.Append(Invariant($"  - id: i{i}\n    infer: {{ fact: chain-{i % 5}, set: {{ from: s{i} }} }}\n    when:\n      - signal: {{ name: s{i} }}\n"));
            yaml.Append(Invariant($"  - id: c{i}\n    article: a\n    when:\n      - signal: {{ name: s{(i + 3) % Keys} }}\n      - chain-{i % 5}: {{ from: s{i} }}\n"));
        }

        for (var j = 0; j < 5; j++)
        {
            yaml.Append(Invariant($"  - id: u{j}\n    article: a\n    when:\n      - chain-{j}: {{ from: {{ exists: true }} }}\n      - http-error: {{ status: 401 }}\n"));
        }

        yaml.Append("  - id: n0\n    article: a\n    when:\n      - http-error: { status: 401 }\n      - not:\n          signal: { name: s1 }\n");
        return yaml.ToString();
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
