using System.Linq.Expressions;

namespace RulesEngine.Core.Facts;

/// <summary>A field of a fact kind as rules and templates see it.</summary>
/// <param name="Name">The YAML and template name (snake_case).</param>
/// <param name="Type">The value type.</param>
/// <param name="Description">One sentence for authors (shown by the editor schema and explain).</param>
/// <param name="Read">Builds the expression that reads the field from a fact expression; the result has the
/// <see cref="FieldTypes.ClrType"/> of <paramref name="Type"/>.</param>
/// <param name="Get">Reads the field from a fact, boxed (for templates and inferred facts).</param>
public sealed record FactField(
    string Name,
    FieldType Type,
    string Description,
    Func<Expression, Expression> Read,
    Func<object, object?> Get);
