using System.Globalization;

namespace RulesEngine.Core.Extraction.Certificates;

/// <summary>Why text that looks like a certificate does not parse, in words a knowledge author can show a customer.</summary>
internal static class CertificateReasons
{
    /// <summary>A PEM block whose END line is missing.</summary>
    public const string NoEndLine = "the PEM block has no END line";

    /// <summary>A PEM block with nothing between its BEGIN and END lines.</summary>
    public const string Empty = "the PEM block is empty";

    /// <summary>Data that is not DER (the decoded bytes do not start with a SEQUENCE).</summary>
    public const string NotDer = "not an X.509 certificate: the decoded data is not DER";

    /// <summary>DER data that is a private key.</summary>
    public const string PrivateKey = "not a certificate: the data is a private key";

    /// <summary>DER data that BouncyCastle does not read as X.509.</summary>
    public const string NotX509 = "not an X.509 certificate: the DER data does not parse as one";

    /// <summary>A JSON certificate value that holds neither PEM nor base64.</summary>
    public const string NotCertificateText = "not a certificate: the text is neither PEM nor base64";

    /// <summary>Base64 that ends before the DER length says.</summary>
    public static string Truncated(int bytes, int expected) => string.Create(
        CultureInfo.InvariantCulture, $"the base64 text is truncated: {bytes:N0} of about {expected:N0} bytes");

    /// <summary>A character that is not base64, at a 1-based line and column of the input.</summary>
    public static string InvalidCharacter(int line, int column) => string.Create(
        CultureInfo.InvariantCulture, $"not valid base64 at line {line} column {column}");

    /// <summary>Padding ('=') before the end of the data, at a 1-based line and column of the input.</summary>
    public static string BadPadding(int line, int column) => string.Create(
        CultureInfo.InvariantCulture, $"bad base64 padding at line {line} column {column}: '=' before the end of the data");
}
