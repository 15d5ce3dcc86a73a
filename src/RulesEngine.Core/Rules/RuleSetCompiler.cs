using NRules;
using NRules.RuleModel;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;
using RulesEngine.Core.Rules.Translation;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Rules;

/// <summary>Translates validated rules into NRules definitions and compiles them once into a thread-safe session factory.</summary>
internal static class RuleSetCompiler
{
    /// <summary>Compiles <paramref name="rules"/>; a rule the engine refuses is reported at its id, never thrown.</summary>
    public static ISessionFactory? Compile(IReadOnlyList<RuleNode> rules, FactSchema schema, DiagnosticBag bag, CancellationToken cancellationToken = default)
    {
        var translator = new RuleTranslator(schema);
        var definitions = new List<IRuleDefinition>();
        foreach (var rule in rules)
        {
            try
            {
                definitions.AddRange(translator.Translate(rule));
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or KeyNotFoundException)
            {
                bag.Error(DiagnosticCode.RuleCompilationFailed, rule.Id.Span, $"rule '{rule.Id.Value}' could not be translated: {ex.Message}");
            }
        }

        if (bag.HasErrors)
        {
            return null;
        }

        // The merge of inferred facts is an aggregate every session activates: only rules that infer need it.
        if (rules.Any(r => r.Conclusion is InferConclusion))
        {
            definitions.Add(InferenceMerge.Rule());
        }

        try
        {
            return NewCompiler().Compile(definitions, cancellationToken);
        }
        catch (RuleCompilationException ex)
        {
            var span = rules.FirstOrDefault(r => ex.RuleName?.StartsWith(r.Id.Value, StringComparison.Ordinal) == true)?.Id.Span
                ?? SourceSpan.File("rules");
            bag.Error(DiagnosticCode.RuleCompilationFailed, span, $"rule '{ex.RuleName}' could not be compiled: {ex.InnerException?.Message ?? ex.Message}");
            return null;
        }
    }

    /// <summary>Compiles <paramref name="rules"/> into partitions (<see cref="RulePartitioner"/>), on all cores; a rule the
    /// engine refuses is reported at its id, never thrown.</summary>
    public static CompiledRuleSet? CompilePartitioned(IReadOnlyList<RuleNode> rules, FactSchema schema, DiagnosticBag bag, CancellationToken cancellationToken = default)
    {
        var groups = RulePartitioner.Partition(rules);
        var factories = new ISessionFactory?[groups.Count];
        var bags = new DiagnosticBag[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            bags[i] = new DiagnosticBag();
            factories[i] = Compile(groups[i].Rules, schema, bags[i], cancellationToken);
        });
        foreach (var groupBag in bags)
        {
            bag.AddRange(groupBag.Items);
        }

        return bag.HasErrors || factories.Any(f => f is null)
            ? null
            : new CompiledRuleSet([.. factories.Select((f, i) => (f!, groups[i].Keys))]);
    }

    /// <summary>Compiles the explain probes of already-compiled rules (so it cannot fail on valid rules).</summary>
    public static ISessionFactory CompileProbes(IReadOnlyList<RuleNode> rules, FactSchema schema)
    {
        var translator = new RuleTranslator(schema);
        return NewCompiler().Compile(rules.SelectMany(translator.TranslateProbes));
    }

    private static RuleCompiler NewCompiler() => new() { ExpressionCompiler = new CachingExpressionCompiler(new FastExpressionCompilerAdapter()) };
}
