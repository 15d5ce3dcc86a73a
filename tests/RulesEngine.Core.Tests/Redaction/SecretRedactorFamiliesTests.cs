using RulesEngine.Core.Extraction.Redaction;

namespace RulesEngine.Core.Tests.Redaction;

/// <summary>Redaction of the generated secret corpus: each value masked with its key and shape kept, each look-alike
/// left alone.</summary>
public sealed class SecretRedactorFamiliesTests
{
    public static TheoryData<int, string> Shapes
    {
        get
        {
            var data = new TheoryData<int, string>();
            for (var i = 0; i < SecretShapes.All.Count; i++)
            {
                data.Add(i, SecretShapes.All[i].ToString());
            }

            return data;
        }
    }

    public static TheoryData<string> NonSecrets { get; } = [.. SecretShapes.NonSecrets];

    [Fact]
    public void All_EveryFamilyInSeveralSyntaxes_OverAHundredShapesEachHoldingItsSecret()
    {
        Assert.True(SecretShapes.All.Count >= 100, $"{SecretShapes.All.Count} shapes");
        Assert.All(SecretShapes.Families, family => Assert.True(SecretShapes.Of(family).Select(s => s.Syntax).Distinct().Count() >= 3, family));
        Assert.All(SecretShapes.All, shape => Assert.Contains(shape.Secret, shape.Text, StringComparison.Ordinal));
        Assert.All(SecretShapes.All, shape => Assert.All(shape.LeakMarkers, marker => Assert.Contains(marker, shape.Text, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Redact_GeneratedShape_MasksTheValueAndKeepsTheKey(int index, string shape)
    {
        var secret = SecretShapes.All[index];

        var redacted = SecretRedactor.Redact(secret.Text);

        Assert.True(secret.Expected == redacted, $"{shape}:\n  text:     {secret.Text}\n  expected: {secret.Expected}\n  actual:   {redacted}");
    }

    [Theory]
    [MemberData(nameof(NonSecrets))]
    public void Redact_LooksLikeASecretButIsNot_LeavesTextAsIs(string text)
    {
        Assert.Equal(text, SecretRedactor.Redact(text));
    }

    [Fact]
    public void Redact_AllShapesInOneText_MasksEveryOne()
    {
        var text = string.Join("\n", SecretShapes.All.Select(s => s.Text));

        var redacted = SecretRedactor.Redact(text);

        Assert.Equal(string.Join("\n", SecretShapes.All.Select(s => s.Expected)), redacted);
    }
}
