using NRules.RuleModel.Builders;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>Where translated conditions go: an NRules group (and/or) or a negation; both accept patterns and groups.</summary>
internal sealed class GroupTarget
{
    private readonly Func<Type, string, PatternBuilder> _pattern;
    private readonly Func<GroupType, GroupBuilder> _group;
    private readonly Func<NotBuilder>? _not;

    public GroupTarget(GroupBuilder group, bool isRoot = false)
    {
        IsRoot = isRoot;
        _pattern = group.Pattern;
        _group = group.Group;
        _not = group.Not;
    }

    public GroupTarget(NotBuilder not)
    {
        _pattern = not.Pattern;
        _group = not.Group;
    }

    /// <summary>True for the rule's own and-group (and the and-groups inside it): its patterns all join with each other.</summary>
    public bool IsRoot { get; }

    public PatternBuilder Pattern(Type type, string name) => _pattern(type, name);

    /// <summary>A group inside this target; an and-group inside the rule's own and-group joins like it.</summary>
    public GroupTarget Group(GroupType type) => new(_group(type), IsRoot && type == GroupType.And);

    /// <summary>A negation inside this target; a negation inside a negation goes through an and-group.</summary>
    public GroupTarget Not() => _not is not null ? new GroupTarget(_not()) : Group(GroupType.And).Not();
}
