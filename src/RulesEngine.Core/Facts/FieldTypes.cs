namespace RulesEngine.Core.Facts;

/// <summary>How field types map to .NET types inside condition expressions.</summary>
internal static class FieldTypes
{
    /// <summary>The nullable .NET type a field of this type is read as.</summary>
    public static Type ClrType(FieldType type) => type switch
    {
        FieldType.Text => typeof(string),
        FieldType.Number => typeof(double?),
        FieldType.Boolean => typeof(bool?),
        FieldType.Time => typeof(DateTimeOffset?),
        _ => typeof(object),
    };

    /// <summary>The name authors see in messages.</summary>
    public static string DisplayName(FieldType type) => type switch
    {
        FieldType.Text => "text",
        FieldType.Number => "number",
        FieldType.Boolean => "true/false",
        FieldType.Time => "time",
        _ => "fact",
    };
}
