using RulesEngine.Core.Extraction.ServiceKeys;
using RulesEngine.Core.Facts;

namespace RulesEngine.Core.Tests.Extraction.ServiceKeys;

/// <summary>What the prose says about a service key (a stated <see cref="ServiceKey"/>) and the dates it is read from.</summary>
public sealed class StatedServiceKeyTests
{
    [Theory]
    [InlineData("Key type: External Certificate.", "external-certificate")]
    [InlineData("We created a service key of type External Certificate for it.", "external-certificate")]
    [InlineData("Schlüsseltyp: Externes Zertifikat", "external-certificate")]
    [InlineData("The service key is of type 'Certificate' (SAP-generated).", "certificate")]
    [InlineData("key type = ClientId/Secret", "clientid-secret")]
    public void Extract_KeyTypeInProse_IsAStatedKeyOfThatType(string text, string keyType)
    {
        // Arrange / Act
        var key = Assert.Single(Extract.Facts<ServiceKey>(text));

        // Assert
        Assert.True(key.Stated);
        Assert.Equal(keyType, key.KeyType);
        Assert.Null(key.ClientId);
    }

    [Theory]
    [InlineData("the key is valid until 2026-10-31", "2026-10-31")]
    [InlineData("The service key was created with the certificate expiring on 31 October 2026.", "2026-10-31")]
    [InlineData("Der Service Key ist gültig bis 31.10.2026.", "2026-10-31")]
    [InlineData("The certificate in the trace expired on 2026-01-10, while the service key's is valid until 2027-01-15.", "2027-01-15")]
    [InlineData("Our service key: valid until October 31st, 2026", "2026-10-31")]
    public void Extract_ValidityInProse_IsAStatedKeyValidToTheEndOfThatDay(string text, string day)
    {
        // Arrange / Act
        var key = Assert.Single(Extract.Facts<ServiceKey>(text));

        // Assert
        Assert.True(key.Stated);
        Assert.Equal(DateTimeOffset.Parse(day + "T23:59:59Z", System.Globalization.CultureInfo.InvariantCulture), key.ValidUntil);
    }

    [Theory]
    [InlineData("The certificate in the trace expired on 2026-01-10.")]
    [InlineData("Our private key is valid until 2030-01-01.")]
    [InlineData("The token is valid until 2026-10-31.")]
    [InlineData("A credential of type Certificate.")]
    [InlineData("The key is valid until 31/10/2026.")]
    [InlineData("The key is valid until 2026-02-30.")]
    [InlineData("Key type: unknown to me")]
    public void Extract_ProseNotAboutTheKey_IsNoStatedKey(string text)
    {
        // Arrange / Act / Assert
        Assert.Empty(Extract.Facts<ServiceKey>(text));
    }

    [Theory]
    [InlineData(" 2026-10-31", 2026, 10, 31)]
    [InlineData(": 31. Oktober 2026", 2026, 10, 31)]
    [InlineData(" 1 März 2027", 2027, 3, 1)]
    [InlineData(" Feb 28, 2026", 2026, 2, 28)]
    [InlineData(" 28.02.2026 (noon)", 2026, 2, 28)]
    public void EndOfDayAtStart_DateAsWritten_IsTheLastSecondOfThatDay(string text, int year, int month, int day)
    {
        // Arrange / Act
        var time = ProseDate.EndOfDayAtStart(text);

        // Assert
        Assert.Equal(new DateTimeOffset(year, month, day, 23, 59, 59, TimeSpan.Zero), time);
    }

    [Theory]
    [InlineData("next week")]
    [InlineData(" 31 Smarch 2026")]
    [InlineData(" 13.13.2026")]
    [InlineData(" 1200-01-01")]
    public void EndOfDayAtStart_NoDate_IsNull(string text)
    {
        // Arrange / Act / Assert
        Assert.Null(ProseDate.EndOfDayAtStart(text));
    }
}
