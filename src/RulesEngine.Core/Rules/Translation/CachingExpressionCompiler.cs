using System.Collections.Concurrent;
using System.Linq.Expressions;
using NRules.Extensibility;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>Compiles each distinct expression once for the whole process: a large knowledge base is many partitions,
/// each an NRules compilation, and most of their conditions and every action are the same expression (the same
/// <c>http-error</c> test, the same constant-free action). Creating a dynamic method is most of a build.</summary>
/// <remarks>Only expressions whose constants are all numbers, text, enums, types or null are shared: their structural
/// key (<see cref="ExpressionKey"/>) then determines the delegate. Compiled delegates hold no state, so sharing is safe.</remarks>
internal sealed class CachingExpressionCompiler(IExpressionCompiler inner) : IExpressionCompiler
{
    private static readonly ConcurrentDictionary<string, Delegate> Compiled = new(StringComparer.Ordinal);

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        if (ExpressionKey.Of(expression) is not { } key)
        {
            return inner.Compile(expression);
        }

        return (TDelegate)Compiled.GetOrAdd(key, static (_, state) => state.inner.Compile(state.expression), (inner, expression));
    }
}
