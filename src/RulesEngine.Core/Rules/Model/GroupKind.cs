namespace RulesEngine.Core.Rules.Model;

/// <summary>How a group combines its items.</summary>
internal enum GroupKind
{
    /// <summary>Every item must hold (<c>all-of</c>).</summary>
    All,

    /// <summary>At least one item must hold (<c>any-of</c>).</summary>
    Any,
}
