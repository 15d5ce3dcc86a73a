namespace RulesEngine.Core.Facts;

/// <summary>A kind of fact that rules can match, by its YAML name.</summary>
/// <param name="Name">The YAML name, kebab-case (<c>http-error</c>).</param>
/// <param name="ClrType">The record type inserted into the rules session.</param>
/// <param name="Description">One sentence for authors.</param>
/// <param name="Fields">The fields rules may test, by name.</param>
/// <param name="IsInferred">True for kinds that rules infer (<see cref="InferredFact"/>).</param>
/// <param name="Identity">The fields that say which symptom a fact is: facts of one input that agree on them are one fact
/// with a <c>count</c>. Empty for inferred kinds (they are never aggregated).</param>
internal sealed record FactKind(
    string Name,
    Type ClrType,
    string Description,
    IReadOnlyDictionary<string, FactField> Fields,
    bool IsInferred = false,
    IReadOnlyList<string>? Identity = null)
{
    /// <summary>The fields that identify a fact of this kind (see the <c>Identity</c> parameter).</summary>
    public IReadOnlyList<string> IdentityFields => Identity ?? [];

    /// <summary>The name templates use: <c>http-error</c> becomes <c>http_error</c>.</summary>
    public string TemplateName => Name.Replace('-', '_');
}
