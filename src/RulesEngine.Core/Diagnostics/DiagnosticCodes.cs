using System.Globalization;

namespace RulesEngine.Core.Diagnostics;

/// <summary>Formatting of <see cref="DiagnosticCode"/> values.</summary>
internal static class DiagnosticCodes
{
    /// <summary>The printed id of a code, e.g. <c>RE2004</c>.</summary>
    public static string Id(DiagnosticCode code) => "RE" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);
}
