using RulesEngine.Core.Extraction.Redaction;

namespace RulesEngine.Core.Tests.Redaction;

/// <summary>Degenerate one-line inputs (a name or prefix repeated over a megabyte): each search stays linear and yields
/// few, bounded spans (at most one per value that really is one). Timings are measured, not asserted.</summary>
public sealed class SecretRedactorLinearityTests
{
    private const int Megabyte = 1 << 20;

    // A value is read to at most 64 K characters, and a name inside a masked value starts nothing new.
    private const int MaxSpans = Megabyte / (64 * 1024) + 1;

    [Theory]
    [InlineData("password=", "password=***")]
    [InlineData("Authorization ", "Authorization Authorization ")]
    [InlineData("Authorization: ", "Authorization: Authorization: ")]
    [InlineData("secret：", "secret：***")]
    [InlineData("pass\u200bword=", "pass\u200bword=***")]
    [InlineData("https://a:", "https://a:https://a:")]
    [InlineData("https://a:b@", "https://a:***@", Megabyte / 250)] // each password at most 256 characters
    [InlineData("AKIA", "AKIAAKIA")]
    [InlineData("AKIA0123456789ABCDEF ", "*** *** ", Megabyte / 21)] // every one a key id
    [InlineData("ghp_", "ghp_ghp_")]
    [InlineData("MII", "MIIMII")]
    [InlineData("password is ", "password is password is ")]
    [InlineData("<password>", "<password><password>")]
    [InlineData("\"password\":\"", "\"password\":\"")]
    [InlineData("clientsecret | ", "clientsecret | clientsecret")]
    [InlineData("Cookie: ", "Cookie: ***")]
    [InlineData("<saml:EncryptedAssertion>\n\n", "<saml:EncryptedAssertion>***</saml:EncryptedAssertion>\n\n", Megabyte / 27)] // one per paragraph
    [InlineData("Bearer ", "Bearer Bearer ")]
    public void Find_NameRepeatedOverAMegabyteOnOneLine_FewBoundedSpans(string unit, string redactedStart, int maxSpans = MaxSpans)
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat(unit, Megabyte / unit.Length));

        // Act
        var secrets = SecretRedactor.Find(text);
        var redacted = secrets.Redact(text, 0, text.Length);

        // Assert
        Assert.StartsWith(redactedStart, redacted, StringComparison.Ordinal);
        Assert.InRange(secrets.Count, 0, maxSpans);
    }
}
