namespace RulesEngine.Core.Extraction.ServiceKeys;

/// <summary>Reads one JSON object from a position in a text, tolerantly: it keeps what it read when the JSON breaks off
/// (a key pasted into a ticket, cut by an e-mail client), allows trailing commas, and never throws.</summary>
/// <remarks>One forward pass; stops at <see cref="MaxLength"/> characters, <see cref="MaxDepth"/> levels or <see cref="MaxNodes"/> values.</remarks>
internal static partial class JsonScanner
{
    /// <summary>The longest text one scan reads.</summary>
    public const int MaxLength = 1024 * 1024;

    /// <summary>The deepest nesting one scan follows.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most values one scan keeps.</summary>
    public const int MaxNodes = 20_000;

    private enum Expect
    {
        Value,
        KeyOrClose,
        ValueOrClose,
        Colon,
        CommaOrClose,
    }

    /// <summary>Reads the object whose opening brace is at <paramref name="start"/>.</summary>
    public static JsonScan Scan(string text, int start)
    {
        var limit = (int)Math.Min(text.Length, (long)start + MaxLength);
        var nodes = new List<JsonNode>();
        var stack = new List<int>();
        var counts = new List<int>();
        string? name = null;
        var nameStart = -1;
        var expect = Expect.Value;
        var position = start;
        while (true)
        {
            position = SkipWhiteSpace(text, position, limit);
            if (position >= limit || nodes.Count >= MaxNodes)
            {
                return Stopped(start, position, nodes, stack);
            }

            var c = text[position];
            switch (expect)
            {
                case Expect.Value:
                    var parent = stack.Count > 0 ? stack[^1] : -1;
                    var index = parent >= 0 && nodes[parent].Kind == JsonNodeKind.Array ? counts[^1]++ : -1;
                    var at = name is null ? position : nameStart;
                    var end = ValueEnd(text, position, limit, out var kind);
                    if (end < 0 || (nodes.Count == 0 && kind != JsonNodeKind.Object) || stack.Count >= MaxDepth)
                    {
                        return Stopped(start, position, nodes, stack);
                    }

                    nodes.Add(new JsonNode(parent, name, index, at, kind, kind == JsonNodeKind.String ? position + 1 : position, end));
                    name = null;
                    if (kind is JsonNodeKind.Object or JsonNodeKind.Array)
                    {
                        stack.Add(nodes.Count - 1);
                        counts.Add(0);
                        expect = kind == JsonNodeKind.Object ? Expect.KeyOrClose : Expect.ValueOrClose;
                        position++;
                    }
                    else
                    {
                        expect = Expect.CommaOrClose;
                        position = kind == JsonNodeKind.String ? end + 1 : end;
                    }

                    break;

                case Expect.KeyOrClose when c == '"':
                    var keyEnd = StringEnd(text, position + 1, limit);
                    if (keyEnd < 0)
                    {
                        return Stopped(start, position, nodes, stack);
                    }

                    name = JsonText.Unescape(text, position + 1, keyEnd);
                    nameStart = position;
                    position = keyEnd + 1;
                    expect = Expect.Colon;
                    break;

                case Expect.Colon when c == ':':
                    position++;
                    expect = Expect.Value;
                    break;

                case Expect.CommaOrClose when c == ',':
                    position++;
                    expect = nodes[stack[^1]].Kind == JsonNodeKind.Object ? Expect.KeyOrClose : Expect.ValueOrClose;
                    break;

                case Expect.ValueOrClose when c != ']':
                    expect = Expect.Value;
                    break;

                case Expect.KeyOrClose or Expect.ValueOrClose or Expect.CommaOrClose when c == Closer(nodes[stack[^1]].Kind):
                    var closed = stack[^1];
                    nodes[closed] = nodes[closed] with { ValueEnd = position + 1 };
                    stack.RemoveAt(stack.Count - 1);
                    counts.RemoveAt(counts.Count - 1);
                    position++;
                    if (stack.Count == 0)
                    {
                        return new JsonScan(start, position, Complete: true, nodes);
                    }

                    expect = Expect.CommaOrClose;
                    break;

                default:
                    return Stopped(start, position, nodes, stack);
            }
        }
    }

    private static char Closer(JsonNodeKind kind) => kind == JsonNodeKind.Object ? '}' : ']';

    // Containers left open end where the scan stopped.
    private static JsonScan Stopped(int start, int position, List<JsonNode> nodes, List<int> open)
    {
        var end = Math.Max(position, start + 1);
        foreach (var index in open)
        {
            nodes[index] = nodes[index] with { ValueEnd = end };
        }

        return new JsonScan(start, end, Complete: false, nodes);
    }

    private static int SkipWhiteSpace(string text, int position, int limit)
    {
        while (position < limit && text[position] is ' ' or '\t' or '\r' or '\n')
        {
            position++;
        }

        return position;
    }
}
