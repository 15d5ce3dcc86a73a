using RulesEngine.Core.Extraction.Keywords;

namespace RulesEngine.Core.Tests.Extraction.Keywords;

public sealed class KeywordIndexTests
{
    [Fact]
    public void FindAll_OverlappingKeywords_ReportsEveryOccurrenceByEndOffset()
    {
        // Arrange: the classic Aho-Corasick example, where "she", "he" and "hers" overlap in "ushers".
        var index = new KeywordIndex(["he", "she", "his", "hers"]);

        // Act
        var hits = index.FindAll("ushers");

        // Assert
        Assert.Equal([new KeywordHit(1, 1, 3), new KeywordHit(0, 2, 2), new KeywordHit(3, 2, 4)], hits);
    }

    [Fact]
    public void FindAll_KeywordInsideLongerKeyword_ReportsBoth()
    {
        var index = new KeywordIndex(["error", "errorCode", "Code"]);

        var hits = index.FindAll("\"errorCode\"");

        Assert.Equal([(0, 1), (1, 1), (2, 6)], hits.Select(h => (h.Keyword, h.Offset)));
    }

    [Theory]
    [InlineData("HTTP")]
    [InlineData("http")]
    [InlineData("hTtP")]
    public void FindAll_AnyAsciiCase_Matches(string keyword)
    {
        var index = new KeywordIndex([keyword]);

        var hits = index.FindAll("http HTTP Http");

        Assert.Equal([0, 5, 10], hits.Select(h => h.Offset));
    }

    [Fact]
    public void FindAll_NonAsciiLetters_MatchExactlyWhileAsciiLettersFold()
    {
        var index = new KeywordIndex(["straße", "ärger"]);

        var hits = index.FindAll("STRAßE Ärger ärger");

        Assert.Equal([(0, 0), (1, 13)], hits.Select(h => (h.Keyword, h.Offset)));
    }

    [Fact]
    public void FindAll_EmptyText_GivesNoHits()
    {
        var index = new KeywordIndex(["a", "b"]);

        Assert.Empty(index.FindAll(string.Empty));
    }

    [Fact]
    public void FindAll_NoKeywords_GivesNoHits()
    {
        var index = new KeywordIndex([]);

        Assert.Empty(index.FindAll("any text at all"));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void FindAll_EmptyKeyword_IsIgnoredAndKeepsOtherIndexes()
    {
        var index = new KeywordIndex(["", "b"]);

        var hit = Assert.Single(index.FindAll("abc"));

        Assert.Equal(new KeywordHit(1, 1, 1), hit);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public void FindAll_SameKeywordTwice_ReportsBothIndexes()
    {
        var index = new KeywordIndex(["status", "STATUS"]);

        var hits = index.FindAll("status");

        Assert.Equal([0, 1], hits.Select(h => h.Keyword).Order());
    }

    [Fact]
    public void FindAll_ThousandKeywords_FindsEachWhereItIs()
    {
        // Arrange: keywords that share long prefixes, each written once in the text.
        var keywords = Enumerable.Range(0, 1000).Select(i => $"signal-{i:D4}-marker").ToArray();
        var text = string.Join(" filler ", keywords.Reverse());
        var index = new KeywordIndex(keywords);

        // Act
        var hits = index.FindAll(text);

        // Assert
        Assert.Equal(1000, hits.Count);
        Assert.All(hits, h => Assert.Equal(keywords[h.Keyword], text.Substring(h.Offset, h.Length)));
        Assert.Equal(hits.Select(h => h.End).Order(), hits.Select(h => h.End));
    }

    [Fact]
    public void FindAll_KeywordAtEndOfText_IsFound()
    {
        var index = new KeywordIndex(["end"]);

        var hit = Assert.Single(index.FindAll("the end"));

        Assert.Equal(7, hit.End);
    }

    [Fact]
    public void FindAll_RepeatedPrefixes_FindsEveryOverlap()
    {
        var index = new KeywordIndex(["aa"]);

        var hits = index.FindAll("aaaa");

        Assert.Equal([0, 1, 2], hits.Select(h => h.Offset));
    }
}
