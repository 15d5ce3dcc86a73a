using System.Text.RegularExpressions;
using RulesEngine.Core.Rules.Operators;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>The cheap load-time check refuses exactly what the linear-time engine would refuse when the regex is built.</summary>
public sealed class RegexCheckTests
{
    [Theory]
    [InlineData(@"client (?=ID)")]
    [InlineData(@"client (?!ID)")]
    [InlineData(@"(?<=client )ID")]
    [InlineData(@"(?<!client )ID")]
    [InlineData(@"(?>client)")]
    [InlineData(@"(?(x)a|b)")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?<a>x)\k<a>")]
    [InlineData(@"\Gclient")]
    public void Check_ConstructTheLinearEngineRefuses_IsRefused(string pattern)
    {
        Assert.Throws<NotSupportedException>(() => new Regex(pattern, RegexOptions.NonBacktracking));

        Assert.Null(RegexFactory.Check(pattern, out var reason));
        Assert.Contains("no backtracking features", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"client ID (?<client>[\w-]+)", "client")]
    [InlineData(@"[(?=]literal\(\?=\)", null)]
    [InlineData(@"[\1] and \\1", null)]
    [InlineData(@"(?i:status) (?<code>\d+)", "code")]
    public void Check_PatternTheLinearEngineAccepts_GivesItsGroups(string pattern, string? group)
    {
        _ = new Regex(pattern, RegexOptions.NonBacktracking);

        var groups = RegexFactory.Check(pattern, out _);

        Assert.Equal(group is null ? [] : [group], groups);
    }

    [Fact]
    public void Check_SyntaxError_IsRefusedWithTheParsersReason()
    {
        Assert.Null(RegexFactory.Check("client (", out var reason));
        Assert.NotEmpty(reason);
    }
}
