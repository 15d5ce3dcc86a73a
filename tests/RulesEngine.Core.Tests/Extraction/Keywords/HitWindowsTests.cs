using RulesEngine.Core.Extraction;
using RulesEngine.Core.Extraction.Keywords;

namespace RulesEngine.Core.Tests.Extraction.Keywords;

public sealed class HitWindowsTests
{
    [Fact]
    public void Of_ShortLine_IsTheWholeLineWithoutLineBreak()
    {
        var source = new SourceText("t", "first\r\nsecond HTTP 401 here\r\nthird");
        var hit = new KeywordHit(0, source.Content.IndexOf("HTTP", StringComparison.Ordinal), 4);

        var window = HitWindows.Of(source, hit, 256);

        Assert.Equal("second HTTP 401 here", source.Content[window.Start..window.End]);
    }

    [Fact]
    public void Of_LongLine_CutsAtWhitespaceWithinRadius()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 100)) + "HTTP 401" + string.Concat(Enumerable.Repeat(" word", 100));
        var source = new SourceText("t", text);
        var hit = new KeywordHit(0, text.IndexOf("HTTP", StringComparison.Ordinal), 4);

        var window = HitWindows.Of(source, hit, 12);

        Assert.Equal("word word HTTP 401 word", text[window.Start..window.End]);
    }

    [Fact]
    public void Of_NoWhitespaceInRadius_ShrinksToTheHit()
    {
        var text = new string('x', 50) + "HTTP" + new string('y', 50);
        var source = new SourceText("t", text);

        var window = HitWindows.Of(source, new KeywordHit(0, 50, 4), 10);

        Assert.Equal(new TextWindow(50, 54), window);
    }

    [Fact]
    public void Around_HitsOnOneLine_MergeIntoOneWindow()
    {
        var source = new SourceText("t", "a HTTP b status c\nnext line");
        KeywordHit[] hits = [new(0, 2, 4), new(1, 9, 6)];

        var windows = HitWindows.Around(source, hits, 256);

        Assert.Equal([new TextWindow(0, 17)], windows);
    }

    [Fact]
    public void Around_HitsOnTwoLines_GiveTwoWindows()
    {
        var source = new SourceText("t", "HTTP 401\nstatus 500");
        KeywordHit[] hits = [new(0, 0, 4), new(1, 9, 6)];

        var windows = HitWindows.Around(source, hits, 256);

        Assert.Equal([new TextWindow(0, 8), new TextWindow(9, 19)], windows);
    }

    [Fact]
    public void Around_Filter_LeavesOutRejectedHits()
    {
        var source = new SourceText("t", "HTTP 401\nstatus 500");
        KeywordHit[] hits = [new(0, 0, 4), new(1, 9, 6)];

        var windows = HitWindows.Around(source, hits, 256, h => h.Keyword == 1);

        Assert.Equal([new TextWindow(9, 19)], windows);
    }

    [Fact]
    public void FirstHitPerLine_SeveralHitsOnALine_GivesTheLineOnce()
    {
        var source = new SourceText("t", "ERROR error\nINFO\n\nWARN");
        KeywordHit[] hits = [new(0, 0, 5), new(0, 6, 5), new(1, 12, 4), new(2, 18, 4)];

        var lines = HitWindows.FirstHitPerLine(source, hits).Select(l => l.Line);

        Assert.Equal([0, 1, 3], lines);
    }
}
