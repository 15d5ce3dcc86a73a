using RulesEngine.Core.Extraction.ServiceKeys;

namespace RulesEngine.Core.Tests.Extraction.ServiceKeys;

public sealed class JsonScannerTests
{
    [Fact]
    public void Scan_NestedObject_GivesPathsAndRawRanges()
    {
        const string text = "key: {\"a\": {\"b\": [1, \"x\\\"y\", {\"c\": true}]}, \"d\": null} tail";

        var scan = JsonScanner.Scan(text, 5);

        Assert.True(scan.Complete);
        Assert.Equal(text.IndexOf(" tail", StringComparison.Ordinal), scan.End);
        Assert.Equal(["", "a", "a.b", "a.b[0]", "a.b[1]", "a.b[2]", "a.b[2].c", "d"], Enumerable.Range(0, scan.Nodes.Count).Select(scan.PathOf));
        var escaped = scan.Nodes[4];
        Assert.Equal("x\"y", JsonText.Unescape(text, escaped.ValueStart, escaped.ValueEnd));
    }

    [Theory]
    [InlineData("{\"a\": 1,}", true)]
    [InlineData("{\"a\": [1, 2,], }", true)]
    [InlineData("{\"a\": \"line\nbreak\"}", false)]
    [InlineData("{\"a\" 1}", false)]
    [InlineData("{ see below }", false)]
    [InlineData("{\"a\": {\"b\": 1]}", false)]
    public void Scan_TolerantOrBroken_NeverThrows(string text, bool complete)
    {
        var scan = JsonScanner.Scan(text, 0);

        Assert.Equal(complete, scan.Complete);
        Assert.InRange(scan.End, 1, text.Length);
    }

    [Fact]
    public void Scan_DeepNesting_StopsAtTheDepthLimit()
    {
        var text = string.Concat(Enumerable.Repeat("{\"a\":", 10_000));

        var scan = JsonScanner.Scan(text, 0);

        Assert.False(scan.Complete);
        Assert.Equal(JsonScanner.MaxDepth, scan.Nodes.Count);
    }

    [Fact]
    public void Around_ManyBracesInProse_ScansEachCharacterOnce()
    {
        var text = string.Concat(Enumerable.Repeat("{ x ", 100_000)) + "{\"clientid\": \"sb\"}";

        var scans = JsonRegions.Around(text, [text.IndexOf("clientid", StringComparison.Ordinal)]);

        Assert.Equal("clientid", Assert.Single(scans).Nodes[1].Name);
    }
}
