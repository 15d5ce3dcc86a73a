using System.Linq.Expressions;

namespace RulesEngine.Core.Facts;

/// <summary>The closed catalog of fact kinds and fields that rule files may name. A YAML name is looked up here
/// and nowhere else: an unknown name is a diagnostic, never a type lookup.</summary>
public static class FactCatalog
{
    /// <summary>The built-in kinds, by YAML name.</summary>
    public static IReadOnlyDictionary<string, FactKind> BuiltIn { get; } = Build();

    /// <summary>Describes an inferred kind with the given fields.</summary>
    public static FactKind Inferred(string name, IReadOnlyDictionary<string, FieldType> fields, string description)
    {
        var built = fields.ToDictionary(
            f => f.Key,
            f => new FactField(f.Key, f.Value, $"set by the rules that infer {name}", fact => ReadInferred(fact, f.Key, f.Value), fact => ((InferredFact)fact).Get(f.Key)),
            StringComparer.Ordinal);
        return new FactKind(name, typeof(InferredFact), description, built, IsInferred: true);
    }

    private static UnaryExpression ReadInferred(Expression fact, string field, FieldType type)
    {
        var get = Expression.Call(fact, typeof(InferredFact).GetMethod(nameof(InferredFact.Get))!, Expression.Constant(field));
        var clr = FieldTypes.ClrType(type);
        return clr.IsValueType ? Expression.Convert(get, clr) : Expression.TypeAs(get, clr);
    }

    private static Dictionary<string, FactKind> Build()
    {
        FactKind[] kinds =
        [
            Kind<HttpError>("http-error", "An HTTP status reported as an error.",
                Field<HttpError>("status", FieldType.Number, "The HTTP status code, e.g. 401.", f => f.Status),
                Field<HttpError>("reason", FieldType.Text, "The reason phrase as written, e.g. Unauthorized.", f => f.Reason),
                Field<HttpError>("url", FieldType.Text, "The URL the call went to.", f => f.Url),
                Field<HttpError>("host", FieldType.Text, "The host of the URL, lower case.", f => f.Host)),
            Kind<PackageMention>("package", "An integration package named in the ticket, recognised from kb/packages.yaml.",
                Field<PackageMention>("name", FieldType.Text, "The package's canonical name from the catalog.", f => f.Name),
                Field<PackageMention>("id", FieldType.Text, "The package's catalog id.", f => f.Id),
                Field<PackageMention>("text", FieldType.Text, "The name as the customer typed it.", f => f.Text)),
            Kind<LogEntry>("log-entry", "One record of a CPI system or trace log.",
                Field<LogEntry>("time", FieldType.Time, "When the record was written.", f => f.Time),
                Field<LogEntry>("level", FieldType.Text, "The level, e.g. ERROR.", f => f.Level),
                Field<LogEntry>("logger", FieldType.Text, "The logger or category.", f => f.Logger),
                Field<LogEntry>("thread", FieldType.Text, "The thread name.", f => f.Thread),
                Field<LogEntry>("message", FieldType.Text, "The message, continuation lines included.", f => f.Message)),
            Kind<Certificate>("certificate", "An X.509 certificate found in an input.",
                Field<Certificate>("sha256", FieldType.Text, "SHA-256 fingerprint, AA:BB:… upper-case hex.", f => f.Sha256),
                Field<Certificate>("sha1", FieldType.Text, "SHA-1 fingerprint, AA:BB:… upper-case hex.", f => f.Sha1),
                Field<Certificate>("subject", FieldType.Text, "Subject DN, e.g. CN=client,O=Example,C=DE.", f => f.Subject),
                Field<Certificate>("issuer", FieldType.Text, "Issuer DN.", f => f.Issuer),
                Field<Certificate>("serial", FieldType.Text, "Serial number, upper-case hex.", f => f.Serial),
                Field<Certificate>("not_before", FieldType.Time, "Start of validity.", f => f.NotBefore),
                Field<Certificate>("not_after", FieldType.Time, "End of validity.", f => f.NotAfter),
                Field<Certificate>("origin", FieldType.Text, "Where it was found: trace-log, service-key or ticket.", f => f.Origin),
                Field<Certificate>("single_line", FieldType.Boolean, "True when its text was on one single line.", f => f.SingleLine)),
        ];
        return kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
    }

    private static FactKind Kind<T>(string name, string description, params FactField[] fields) =>
        new(name, typeof(T), description, fields.ToDictionary(f => f.Name, StringComparer.Ordinal));

    private static FactField Field<T>(string name, FieldType type, string description, Expression<Func<T, object?>> property)
    {
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        var member = ((MemberExpression)body).Member.Name;
        var clr = FieldTypes.ClrType(type);
        var getter = property.Compile();
        return new FactField(
            name,
            type,
            description,
            fact => Convert(Expression.Property(Expression.Convert(fact, typeof(T)), member), clr),
            fact => getter((T)fact));
    }

    private static Expression Convert(Expression value, Type target) =>
        value.Type == target ? value : Expression.Convert(value, target);
}
