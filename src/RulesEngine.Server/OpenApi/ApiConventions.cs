namespace RulesEngine.Server.OpenApi;

/// <summary>The statuses every keyed endpoint can answer besides its own, declared once so the document lists them all.</summary>
internal static class ApiConventions
{
    /// <summary>401 without a valid key, 429 over the rate limit, 500 on a bug; all RFC 9457 problems.</summary>
    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group) => group
        .WithMetadata(ApiKeyRequired.Instance)
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status500InternalServerError);

    /// <summary>The statuses of an endpoint that diagnoses: a request it cannot use (400, 413), no knowledge base (503),
    /// a diagnosis over its time budget (504).</summary>
    public static RouteHandlerBuilder ProducesDiagnosisProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
        .ProducesProblem(StatusCodes.Status504GatewayTimeout);

    /// <summary>Shows <paramref name="body"/> as the example request.</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder endpoint, string contentType, string body) =>
        endpoint.WithMetadata(new RequestExample(contentType, body));
}
