using System.Collections;
using System.Collections.ObjectModel;
using System.Globalization;
using Scriban.Runtime;

namespace RulesEngine.Core.Knowledge;

/// <summary>Deep-copies a render model (a plain tree of texts, numbers, booleans, dates, dictionaries and lists)
/// into read-only Scriban values, so a template can neither change the model nor reach a .NET object.</summary>
internal static class ScriptModel
{
    /// <summary>Deepest nesting of dictionaries and lists accepted (a cycle in the model ends here).</summary>
    public const int MaxDepth = 32;

    /// <summary>The global variables for a render: one read-only variable per model key. Sets <paramref name="error"/> when
    /// a value cannot be given to a template.</summary>
    public static ScriptObject Globals(IReadOnlyDictionary<string, object?> model, out string? error)
    {
        error = null;
        var globals = new ScriptObject();
        foreach (var (key, value) in model)
        {
            globals.SetValue(key, Convert(value, key, 1, ref error), readOnly: true);
        }

        return globals;
    }

    private static object? Convert(object? value, string where, int depth, ref string? error)
    {
        if (depth > MaxDepth)
        {
            error ??= $"the model is nested deeper than {MaxDepth} levels at '{where}' (a cycle?)";
            return null;
        }

        switch (value)
        {
            case null or string or bool or int or long or double or decimal or float or TimeSpan:
                return value;
            case byte or sbyte or short or ushort or uint:
                return System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong number:
                return (decimal)number;
            case char or Enum or Guid or Uri:
                return value.ToString();
            case DateTimeOffset moment:
                return moment.UtcDateTime;
            case DateTime moment:
                return moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment;
            case IReadOnlyDictionary<string, object?> map:
                return Object(map.Select(p => new KeyValuePair<object, object?>(p.Key, p.Value)), where, depth, ref error);
            case IDictionary dictionary:
                return Object(dictionary.Cast<DictionaryEntry>().Select(e => new KeyValuePair<object, object?>(e.Key, e.Value)), where, depth, ref error);
            case IEnumerable items:
                var list = new List<object?>();
                var index = 0;
                foreach (var item in items)
                {
                    list.Add(Convert(item, $"{where}[{index++}]", depth + 1, ref error));
                }

                return new ReadOnlyCollection<object?>(list);
            default:
                error ??= $"the model value at '{where}' is a {value.GetType().Name}, which templates cannot use: pass texts, numbers, booleans, dates, dictionaries or lists";
                return null;
        }
    }

    private static ScriptObject Object(IEnumerable<KeyValuePair<object, object?>> entries, string where, int depth, ref string? error)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in entries)
        {
            if (key is not string name)
            {
                error ??= $"the model dictionary at '{where}' has a {key.GetType().Name} key; keys must be texts";
                continue;
            }

            result.SetValue(name, Convert(value, $"{where}.{name}", depth + 1, ref error), readOnly: true);
        }

        result.IsReadOnly = true;
        return result;
    }
}
