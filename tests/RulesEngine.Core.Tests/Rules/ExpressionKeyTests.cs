using System.Linq.Expressions;
using RulesEngine.Core.Facts;
using RulesEngine.Core.Rules.Translation;

namespace RulesEngine.Core.Tests.Rules;

/// <summary>The compile cache shares a delegate only between trees that behave the same: equal structure, members and
/// constants; a tree holding an object constant is never shared.</summary>
public sealed class ExpressionKeyTests
{
    [Fact]
    public void Of_SameTreeBuiltTwice_SameKey()
    {
        Assert.Equal(ExpressionKey.Of(Status(401)), ExpressionKey.Of(Status(401)));
    }

    [Fact]
    public void Of_OtherConstantMemberOrParameterType_OtherKey()
    {
        Expression<Func<HttpError, bool>> host = e => e.Host == "401";
        Expression<Func<Signal, bool>> signal = s => s.Name == "401";

        var keys = new LambdaExpression[] { Status(401), Status(403), host, signal }.Select(ExpressionKey.Of).ToList();

        Assert.Equal(4, keys.Distinct().Count());
    }

    [Fact]
    public void Of_ObjectConstant_NotShared()
    {
        var values = new object[] { 401 };
        Expression<Func<HttpError, bool>> oneOf = e => values.Contains(e.Status);

        Assert.Null(ExpressionKey.Of(oneOf));
    }

    private static Expression<Func<HttpError, bool>> Status(int status)
    {
        var error = Expression.Parameter(typeof(HttpError), "error");
        return Expression.Lambda<Func<HttpError, bool>>(Expression.Equal(Expression.Property(error, nameof(HttpError.Status)), Expression.Constant(status)), error);
    }
}
