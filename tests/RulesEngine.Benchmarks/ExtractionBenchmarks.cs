using BenchmarkDotNet.Attributes;
using RulesEngine.Core;
using RulesEngine.Core.Extraction;

namespace RulesEngine.Benchmarks;

/// <summary>Extraction throughput on a 10 MB CPI log and on a 1 KB ticket, with 10 and with 1,000 signals.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    /// <summary>Name of the 10 MB log input.</summary>
    public const string Log = "cpi-log-10MB";

    /// <summary>Name of the 1 KB ticket input.</summary>
    public const string Ticket = "ticket-1KB";

    private FactExtractor _extractor = null!;
    private TicketInput[] _inputs = [];

    /// <summary>Which input.</summary>
    [Params(Log, Ticket)]
    public string Input { get; set; } = Log;

    /// <summary>How many author signals the extractor knows.</summary>
    [Params(10, 1000)]
    public int Signals { get; set; }

    /// <summary>The size in characters of an input, for the MB/s column.</summary>
    public static int SizeOf(string input) => input == Log ? 10 * BenchmarkInputs.Megabyte : BenchmarkInputs.Ticket.Length;

    /// <summary>Builds the extractor (once per knowledge base in the product) and the input.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _extractor = new FactExtractor(BenchmarkInputs.Catalog, BenchmarkInputs.Signals(Signals));
        _inputs = [new TicketInput(Input, Input == Log ? BenchmarkInputs.CpiLog(SizeOf(Log)) : BenchmarkInputs.Ticket)];
    }

    /// <summary>Extracts every fact of the input.</summary>
    [Benchmark]
    public int Extract() => _extractor.Extract(_inputs, new ExtractionOptions(DateTimeOffset.UnixEpoch)).Count;
}
