using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace RulesEngine.Core.Rules.Translation;

/// <summary>A structural key of an expression tree: node types, result types, members and methods (by declaring type,
/// name and metadata token), parameters by position and constants by type and value. Two trees with the same key
/// compile to delegates that behave the same. Null when the tree holds a constant whose value the key cannot spell
/// (an object, an array), so such a tree is never shared.</summary>
internal sealed class ExpressionKey : ExpressionVisitor
{
    private readonly StringBuilder _key = new();
    private readonly Dictionary<ParameterExpression, int> _parameters = [];
    private bool _unkeyable;

    public static string? Of(LambdaExpression expression)
    {
        var visitor = new ExpressionKey();
        visitor._key.Append(expression.Type.AssemblyQualifiedName);
        visitor.Visit(expression);
        return visitor._unkeyable ? null : visitor._key.ToString();
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null || _unkeyable)
        {
            _key.Append("∅;");
            return node;
        }

        _key.Append('(').Append(node.NodeType).Append(':').Append(node.Type.FullName).Append(';');
        var result = base.Visit(node);
        _key.Append(')');
        return result;
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        switch (node.Value)
        {
            case null:
                _key.Append("null");
                break;
            case string text:
                _key.Append('"').Append(text.Length).Append(':').Append(text).Append('"');
                break;
            case Type type:
                _key.Append(type.AssemblyQualifiedName);
                break;
            case var value when value.GetType().IsPrimitive || value.GetType().IsEnum || value is decimal:
                _key.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            default:
                _unkeyable = true;
                break;
        }

        return node;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_parameters.TryGetValue(node, out var index))
        {
            index = _parameters.Count;
            _parameters[node] = index;
        }

        _key.Append('p').Append(index);
        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        Member(node.Member);
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        Method(node.Method);
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.Method is { } method)
        {
            Method(method);
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is { } method)
        {
            Method(method);
        }

        _key.Append(node.IsLiftedToNull ? "L" : "");
        return base.VisitBinary(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        if (node.Constructor is { } constructor)
        {
            Member(constructor);
        }

        return base.VisitNew(node);
    }

    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        _key.Append(node.TypeOperand.AssemblyQualifiedName);
        return base.VisitTypeBinary(node);
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        _key.Append('λ').Append(node.Parameters.Count);
        return base.VisitLambda(node);
    }

    // Nodes the key does not spell out in full: such a tree is never shared.
    protected override Expression VisitExtension(Expression node) => Unkeyable(node);

    protected override Expression VisitBlock(BlockExpression node)
    {
        _key.Append("block").Append(node.Variables.Count);
        return base.VisitBlock(node);
    }

    protected override Expression VisitSwitch(SwitchExpression node) => Unkeyable(node);

    protected override Expression VisitTry(TryExpression node) => Unkeyable(node);

    protected override Expression VisitGoto(GotoExpression node) => Unkeyable(node);

    protected override Expression VisitLoop(LoopExpression node) => Unkeyable(node);

    protected override Expression VisitMemberInit(MemberInitExpression node) => Unkeyable(node);

    protected override Expression VisitListInit(ListInitExpression node) => Unkeyable(node);

    protected override Expression VisitDynamic(DynamicExpression node) => Unkeyable(node);

    protected override Expression VisitRuntimeVariables(RuntimeVariablesExpression node) => Unkeyable(node);

    protected override Expression VisitIndex(IndexExpression node) => Unkeyable(node);

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        _key.Append("invoke");
        return base.VisitInvocation(node);
    }

    private Expression Unkeyable(Expression node)
    {
        _unkeyable = true;
        return node;
    }

    private void Member(MemberInfo member) =>
        _key.Append('[').Append(member.DeclaringType?.AssemblyQualifiedName).Append('.').Append(member.Name).Append('#').Append(member.MetadataToken).Append(']');

    private void Method(MethodInfo method)
    {
        Member(method);
        if (method.IsGenericMethod)
        {
            _key.Append('<').AppendJoin(',', method.GetGenericArguments().Select(a => a.AssemblyQualifiedName)).Append('>');
        }
    }
}
