namespace RulesEngine.Core.Rules.Model;

/// <summary>Conditions defined once under a rule file's <c>conditions:</c> and used by name in any rule (<c>uses: inbound-401</c>).</summary>
internal sealed record ConditionBlock(Located<string> Name, IReadOnlyList<ConditionNode> Conditions);
