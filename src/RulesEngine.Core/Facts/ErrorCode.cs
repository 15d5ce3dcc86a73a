namespace RulesEngine.Core.Facts;

/// <summary>An error code reported by a system: a SuccessFactors code (<c>LGN0010</c>, <c>AUTH0032</c>, <c>COE0020</c>,
/// <c>COE_GENERAL_FORBIDDEN</c>, <c>status code = 8</c>), an OAuth error (<c>invalid_client</c>), or the code of an XML
/// or JSON error body.</summary>
/// <param name="Code">The code as written (<c>LGN0010</c>, <c>invalid_client</c>, <c>8</c>).</param>
/// <param name="Message">The message that goes with it, when the text gives one.</param>
/// <param name="Format">How it was written: <c>text</c>, <c>json</c> or <c>xml</c>.</param>
internal sealed record ErrorCode(string Code, string? Message, string Format) : Fact;
