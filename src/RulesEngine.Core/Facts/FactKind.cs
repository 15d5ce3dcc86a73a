namespace RulesEngine.Core.Facts;

/// <summary>A kind of fact that rules can match, by its YAML name.</summary>
/// <param name="Name">The YAML name, kebab-case (<c>http-error</c>).</param>
/// <param name="ClrType">The record type inserted into the rules session.</param>
/// <param name="Description">One sentence for authors.</param>
/// <param name="Fields">The fields rules may test, by name.</param>
/// <param name="IsInferred">True for kinds that rules infer (<see cref="InferredFact"/>).</param>
public sealed record FactKind(
    string Name,
    Type ClrType,
    string Description,
    IReadOnlyDictionary<string, FactField> Fields,
    bool IsInferred = false)
{
    /// <summary>The name templates use: <c>http-error</c> becomes <c>http_error</c>.</summary>
    public string TemplateName => Name.Replace('-', '_');
}
