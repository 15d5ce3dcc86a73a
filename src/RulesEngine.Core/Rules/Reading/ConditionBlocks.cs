using System.Collections.Frozen;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Reading;

/// <summary>Splices named condition blocks (<c>conditions:</c> in any rule file) into the rules that use them
/// (<c>- uses: inbound-401</c>), before validation, so a block's conditions are checked, bound and compiled exactly as if
/// they were written in each rule. Block names are shared by all files, like signal names.</summary>
internal static class ConditionBlocks
{
    /// <summary>The documents with every <see cref="UsesCondition"/> replaced; unknown, circular, duplicate and unused
    /// blocks are reported in <paramref name="bag"/>.</summary>
    public static IReadOnlyList<RuleDocument> Expand(IReadOnlyList<RuleDocument> documents, DiagnosticBag bag)
    {
        var blocks = new Dictionary<string, ConditionBlock>(StringComparer.Ordinal);
        foreach (var block in documents.SelectMany(d => d.Blocks))
        {
            if (blocks.TryGetValue(block.Name.Value, out var first))
            {
                var at = first.Name.Span;
                bag.Error(DiagnosticCode.ConditionBlock, block.Name.Span, $"condition block '{block.Name.Value}' is already defined at {at.Path}({at.Line},{at.Column}): block names are shared by all rule files");
                continue;
            }

            blocks[block.Name.Value] = block;
        }

        if (blocks.Count == 0 && !documents.Any(d => d.Rules.Any(r => r.When.Concat(r.Confirm).Any(HasUses))))
        {
            return documents;
        }

        var expander = new Expander(blocks.ToFrozenDictionary(StringComparer.Ordinal), bag);
        var expanded = documents.Select(d => d with
        {
            Rules = [.. d.Rules.Select(r => r with { When = expander.Splice(r.When, []), Confirm = expander.Splice(r.Confirm, []) })],
        }).ToList();
        foreach (var block in blocks.Values.Where(b => !expander.Used.Contains(b.Name.Value)))
        {
            bag.Warning(DiagnosticCode.ConditionBlock, block.Name.Span, $"condition block '{block.Name.Value}' is used by no rule: use it ('- uses: {block.Name.Value}') or remove it");
        }

        return expanded;
    }

    private static bool HasUses(ConditionNode condition) => condition switch
    {
        UsesCondition => true,
        ConditionGroup group => group.Items.Any(HasUses),
        AbsentCondition absent => HasUses(absent.Inner),
        _ => false,
    };

    private sealed class Expander(FrozenDictionary<string, ConditionBlock> blocks, DiagnosticBag bag)
    {
        public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

        /// <summary>A list of conditions with each <c>uses</c> replaced by the block's conditions, in place.</summary>
        /// <param name="open">The blocks being expanded around this list (a block that reaches itself is a circle).</param>
        public List<ConditionNode> Splice(IReadOnlyList<ConditionNode> conditions, IReadOnlyList<string> open)
        {
            var result = new List<ConditionNode>();
            foreach (var condition in conditions)
            {
                if (condition is UsesCondition uses)
                {
                    result.AddRange(Resolve(uses, open));
                }
                else
                {
                    result.Add(Rewrite(condition, open));
                }
            }

            return result;
        }

        private ConditionNode Rewrite(ConditionNode condition, IReadOnlyList<string> open) => condition switch
        {
            ConditionGroup group => group with { Items = Splice(group.Items, open) },
            AbsentCondition { Inner: UsesCondition uses } absent => absent with { Inner = AsOne(uses, Resolve(uses, open)) },
            AbsentCondition absent => absent with { Inner = Rewrite(absent.Inner, open) },
            _ => condition,
        };

        private static ConditionNode AsOne(UsesCondition uses, List<ConditionNode> items) =>
            items.Count == 1 ? items[0] : new ConditionGroup(uses.Span, GroupKind.All, items) { Text = uses.Text };

        private List<ConditionNode> Resolve(UsesCondition uses, IReadOnlyList<string> open)
        {
            var name = uses.Name.Value;
            if (!blocks.TryGetValue(name, out var block))
            {
                var known = blocks.Count == 0 ? " No rule file defines a block under 'conditions:'." : $" Blocks: {string.Join(", ", blocks.Keys.Order(StringComparer.Ordinal))}.";
                bag.Error(DiagnosticCode.ConditionBlock, uses.Name.Span, $"no condition block is named '{name}'.{Suggestions.DidYouMean(name, blocks.Keys)}{known}");
                return [];
            }

            Used.Add(name);
            if (open.Contains(name))
            {
                bag.Error(DiagnosticCode.ConditionBlock, uses.Name.Span, $"condition block '{name}' uses itself ({string.Join(" -> ", open.Append(name))}): a block cannot contain itself");
                return [];
            }

            return Splice(block.Conditions, [.. open, name]);
        }
    }
}
