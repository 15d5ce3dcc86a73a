using System.Text;
using System.Text.Json;

namespace RulesEngine.Core.Extraction.Logs.Json;

internal static partial class JsonLogReader
{
    // Deeper values are not log events; the reader stops there, as at any other break.
    private const int MaxDepth = 64;

    // A member name longer than this is none of the log members.
    private const int MaxNameLength = 64;

    // Longer numbers are no time or level.
    private const int MaxNumberLength = 32;

    /// <summary>The longest message, stack trace line or field read from an event; the rest of a longer string is skipped.</summary>
    public const int MaxValueLength = 64 * 1024;

    private static readonly JsonReaderOptions _options = new()
    {
        MaxDepth = MaxDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // Reads the JSON value starting at 'start', adding its events to the view; returns the offset where it ends or broke.
    private static int ReadValue(string text, int start, Utf8Positions utf8, JsonLogView view, NameCache names)
    {
        var byteStart = utf8.ByteOf(start);
        var reader = new Utf8JsonReader(utf8.Bytes.AsSpan(byteStart), isFinalBlock: true, new JsonReaderState(_options));
        var frames = new List<JsonObjectFrame>();
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        frames.Add(new JsonObjectFrame(pending ?? (frames.Count > 0 && !frames[^1].IsObject ? frames[^1].Name : null), reader.TokenType == JsonTokenType.StartObject));
                        pending = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        Close(frames, text, view, names);
                        break;
                    case JsonTokenType.PropertyName:
                        pending = reader.ValueSpan.Length <= MaxNameLength && !reader.ValueIsEscaped ? Encoding.UTF8.GetString(reader.ValueSpan) : string.Empty;
                        break;
                    case JsonTokenType.String:
                        Keep(frames, pending, new JsonMemberValue(utf8.CharOf(byteStart + (int)reader.TokenStartIndex) + 1, null));
                        pending = null;
                        break;
                    case JsonTokenType.Number when reader.ValueSpan.Length <= MaxNumberLength:
                        Keep(frames, pending, new JsonMemberValue(-1, Encoding.UTF8.GetString(reader.ValueSpan)));
                        pending = null;
                        break;
                    default:
                        pending = null;
                        break;
                }

                if (frames.Count == 0)
                {
                    return utf8.CharOf(byteStart + (int)reader.BytesConsumed);
                }
            }
        }
        catch (JsonException)
        {
            // Truncated or broken: a string cut off after a member's name is read up to the line's end.
            if (reader.TokenType == JsonTokenType.PropertyName && pending is { Length: > 0 } && JsonLogFields.Known.Contains(pending)
                && StringAfterName(text, utf8.CharOf(byteStart + (int)reader.BytesConsumed)) is var value and >= 0)
            {
                Keep(frames, pending, new JsonMemberValue(value, null));
            }
        }

        var broken = utf8.CharOf(byteStart + (int)reader.BytesConsumed);
        while (frames.Count > 0)
        {
            Close(frames, text, view, names);
        }

        return Math.Max(broken, start + 1);
    }

    // Keeps a scalar under every path the open objects give it (message, jsonPayload.message, process.thread.name …).
    private static void Keep(List<JsonObjectFrame> frames, string? name, JsonMemberValue value)
    {
        var i = frames.Count - 1;
        var path = name;
        if (i >= 0 && !frames[i].IsObject)
        {
            path = frames[i].Name; // an element of an array member (a stack trace written as lines)
            i--;
        }

        for (var depth = 0; i >= 0 && path is { Length: > 0 } && depth < JsonLogFields.MaxPathDepth && frames[i].IsObject; depth++, i--)
        {
            if (JsonLogFields.Known.Contains(path))
            {
                frames[i].Add(path, value);
            }

            path = frames[i].Name is { Length: > 0 } parent ? parent + "." + path : null;
        }
    }

    // Closes the innermost container: an object that holds no event and has a message is one; a wrapper passes its event up.
    private static void Close(List<JsonObjectFrame> frames, string text, JsonLogView view, NameCache names)
    {
        var frame = frames[^1];
        frames.RemoveAt(frames.Count - 1);
        var isEvent = frame.IsObject && !frame.HoldsEvent && JsonLogEventWriter.TryWrite(frame, text, view, names);
        if ((isEvent || frame.HoldsEvent) && frames.Count > 0)
        {
            frames[^1].HoldsEvent = true;
        }
    }

    // The offset after the opening quote of the value following a member name ends at 'position', or -1.
    private static int StringAfterName(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or ':')
        {
            position++;
        }

        return position < text.Length && text[position] == '"' ? position + 1 : -1;
    }
}
