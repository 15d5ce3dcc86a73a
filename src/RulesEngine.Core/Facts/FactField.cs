using System.Linq.Expressions;

namespace RulesEngine.Core.Facts;

/// <summary>A field of a fact kind as rules and templates see it.</summary>
/// <param name="Name">The YAML and template name (snake_case).</param>
/// <param name="Type">The value type.</param>
/// <param name="Description">One sentence for authors (shown by the editor schema and explain).</param>
/// <param name="Read">Builds the expression that reads the field from a fact expression; the result has the
/// <see cref="FieldTypes.ClrType"/> of <paramref name="Type"/>.</param>
/// <param name="Get">Reads the field from a fact, boxed (for templates and inferred facts).</param>
/// <param name="AddIdentity">Writes what the field contributes to a fact's identity, when it is one of its kind's identity
/// fields; null means its exact value. A log message contributes its template, its variable tokens masked.</param>
internal sealed record FactField(
    string Name,
    FieldType Type,
    string Description,
    Func<Expression, Expression> Read,
    Func<object, object?> Get,
    Action<object, IdentityHash>? AddIdentity = null)
{
    /// <summary>Writes the field's contribution to a fact's identity.</summary>
    public void AppendIdentity(object fact, IdentityHash hash)
    {
        if (AddIdentity is { } add)
        {
            add(fact, hash);
        }
        else
        {
            hash.Value(Get(fact));
        }
    }
}
