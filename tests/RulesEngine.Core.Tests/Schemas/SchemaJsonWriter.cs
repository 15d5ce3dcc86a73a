using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RulesEngine.Core.Tests.Schemas;

/// <summary>Writes a schema as people write one: two-space indents, and an object or list on one line when it fits in
/// <see cref="Width"/> characters (<c>{ "$ref": "#/definitions/text" }</c>).</summary>
internal static class SchemaJsonWriter
{
    public const int Width = 120;

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text of <paramref name="root"/>, ending with a newline.</summary>
    public static string Write(JsonNode root)
    {
        var text = new StringBuilder();
        Write(text, root, "", 0);
        return text.Append('\n').ToString();
    }

    private static void Write(StringBuilder text, JsonNode? node, string indent, int used)
    {
        var inline = Inline(node);
        if (node is not (JsonObject or JsonArray) || indent.Length + used + inline.Length <= Width)
        {
            text.Append(inline);
            return;
        }

        var inner = indent + "  ";
        var (open, close, items) = node is JsonObject o
            ? ('{', '}', o.Select(p => (Key: Scalar(p.Key) + ": ", p.Value)).ToList())
            : ('[', ']', node.AsArray().Select(v => (Key: "", Value: v)).ToList());
        text.Append(open).Append('\n');
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(inner).Append(items[i].Key);
            Write(text, items[i].Value, inner, items[i].Key.Length + (i < items.Count - 1 ? 1 : 0));
            text.Append(i < items.Count - 1 ? ",\n" : "\n");
        }

        text.Append(indent).Append(close);
    }

    private static string Inline(JsonNode? node) => node switch
    {
        JsonObject { Count: 0 } => "{}",
        JsonObject o => "{ " + string.Join(", ", o.Select(p => Scalar(p.Key) + ": " + Inline(p.Value))) + " }",
        JsonArray a => "[" + string.Join(", ", a.Select(Inline)) + "]",
        null => "null",
        _ => node.ToJsonString(Relaxed),
    };

    private static string Scalar(string value) => JsonSerializer.Serialize(value, Relaxed);
}
