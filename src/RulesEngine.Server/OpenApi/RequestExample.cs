namespace RulesEngine.Server.OpenApi;

/// <summary>Endpoint metadata: an example request body the OpenAPI document shows.</summary>
/// <param name="ContentType">The media type of the body.</param>
/// <param name="Body">The body: JSON for a JSON media type, otherwise the text as it is sent.</param>
internal sealed record RequestExample(string ContentType, string Body);
