using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesEngine.Models;

namespace RulesEngine.Benchmarks;

/// <summary>The peers on the same rules and tickets: plain NRules (rules built as expression trees with its
/// <c>RuleBuilder</c>, facts the ticket's words and statuses) and Microsoft RulesEngine 6.0.1 (a workflow of lambda
/// expressions over the same facts). Each returns the ids it fired.</summary>
internal static class PeerEngines
{
    /// <summary>A word of the ticket, for plain NRules.</summary>
    public sealed record TicketWord(string Text);

    /// <summary>An HTTP status the ticket names, for plain NRules.</summary>
    public sealed record TicketStatus(int Code);

    /// <summary>What Microsoft RulesEngine's lambdas read.</summary>
    public sealed class TicketInput(HashSet<string> words, HashSet<int> statuses)
    {
        public HashSet<string> Words { get; } = words;

        public HashSet<int> Statuses { get; } = statuses;
    }

    public static ISessionFactory BuildNRules(int rules)
    {
        var definitions = new List<IRuleDefinition>(rules);
        for (var i = 0; i < rules; i++)
        {
            var builder = new RuleBuilder();
            builder.Name(CompareRules.Id(i));
            var lhs = builder.LeftHandSide();
            var word = lhs.Pattern(typeof(TicketWord), "word");
            var w = Expression.Parameter(typeof(TicketWord), "word");
            word.Condition(Expression.Lambda(Expression.Equal(Expression.Property(w, nameof(TicketWord.Text)), Expression.Constant(CompareRules.Token(i))), w));
            var status = lhs.Pattern(typeof(TicketStatus), "status");
            var s = Expression.Parameter(typeof(TicketStatus), "status");
            status.Condition(Expression.Lambda(Expression.Equal(Expression.Property(s, nameof(TicketStatus.Code)), Expression.Constant(401)), s));
            var ctx = Expression.Parameter(typeof(IContext), "ctx");
            builder.RightHandSide().Action(Expression.Lambda(Expression.Empty(), ctx));
            definitions.Add(builder.Build());
        }

        return new RuleCompiler().Compile(definitions);
    }

    public static List<string> RunNRules(ISessionFactory factory, string text)
    {
        var (words, statuses) = CompareRules.Facts(text);
        var session = factory.CreateSession();
        var fired = new List<string>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        session.InsertAll(words.Select(x => new TicketWord(x)));
        session.InsertAll(statuses.Select(x => new TicketStatus(x)));
        session.Fire();
        return fired;
    }

    public static global::RulesEngine.RulesEngine BuildMicrosoft(int rules)
    {
        var workflow = new Workflow
        {
            WorkflowName = "bench",
            Rules = [.. Enumerable.Range(0, rules).Select(i => new Rule
            {
                RuleName = CompareRules.Id(i),
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = $"input1.Words.Contains(\"{CompareRules.Token(i)}\") && input1.Statuses.Contains(401)",
            })],
        };
        var engine = new global::RulesEngine.RulesEngine([workflow], new ReSettings());

        // Microsoft RulesEngine compiles a workflow's lambdas on its first execution: that is its build.
        engine.ExecuteAllRulesAsync("bench", new TicketInput([], [])).AsTask().GetAwaiter().GetResult();
        return engine;
    }

    public static List<string> RunMicrosoft(global::RulesEngine.RulesEngine engine, string text)
    {
        var (words, statuses) = CompareRules.Facts(text);
        var results = engine.ExecuteAllRulesAsync("bench", new TicketInput(words, statuses)).AsTask().GetAwaiter().GetResult();
        return [.. results.Where(r => r.IsSuccess).Select(r => r.Rule.RuleName)];
    }
}
