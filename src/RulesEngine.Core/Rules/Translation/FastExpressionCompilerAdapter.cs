using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>Compiles NRules' expressions with FastExpressionCompiler (several times faster than
/// <c>Expression.Compile</c>, which is ~93% of rule compile time), falling back to the BCL compiler
/// for any expression FEC declines.</summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
