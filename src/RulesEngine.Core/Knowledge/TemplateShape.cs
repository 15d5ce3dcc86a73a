namespace RulesEngine.Core.Knowledge;

/// <summary>What a template model value looks like, for checking templates at load: an object with known members,
/// a list of elements of one shape, or anything (<see cref="Open"/>: not checked).</summary>
internal sealed class TemplateShape
{
    private TemplateShape(IReadOnlyDictionary<string, TemplateShape>? members, TemplateShape? element)
    {
        Members = members;
        Element = element;
    }

    /// <summary>A value whose members are not checked (a date, a number, a fact of unknown kind).</summary>
    public static TemplateShape Open { get; } = new(null, null);

    /// <summary>The members of an object, or null when the members are not checked.</summary>
    public IReadOnlyDictionary<string, TemplateShape>? Members { get; }

    /// <summary>The shape of a list's elements, or null when this is not a list.</summary>
    public TemplateShape? Element { get; }

    /// <summary>An object with exactly these members.</summary>
    public static TemplateShape Record(IReadOnlyDictionary<string, TemplateShape> members) => new(members, null);

    /// <summary>An object whose members all have no checked shape.</summary>
    public static TemplateShape Record(params string[] members) => Record(members.ToDictionary(m => m, _ => Open, StringComparer.Ordinal));

    /// <summary>A list of <paramref name="element"/>.</summary>
    public static TemplateShape List(TemplateShape element) => new(null, element);
}
