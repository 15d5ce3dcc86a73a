using System.Globalization;
using Scriban;
using Scriban.Runtime;

namespace RulesEngine.Core.Knowledge;

internal static partial class ArticleRenderer
{
    /// <summary>Most loop iterations per render, counted across nested loops and recursive calls.</summary>
    public const int LoopLimit = 1000;

    /// <summary>Deepest chain of template function calls.</summary>
    public const int RecursiveLimit = 20;

    /// <summary>Longest output, and longest single string a template may build, in UTF-16 characters (256 Ki).</summary>
    public const int MaxOutputLength = 256 * 1024;

    /// <summary>Longest a render may take.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    /// <summary>Longest a regular expression of the builtin <c>regex</c> functions may run.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    // Builtins that evaluate text as a template: not needed by articles, so not offered.
    private static readonly string[] RemovedObjectFunctions = ["eval", "eval_template"];

    // A new context for every render: a reused context leaks state between renders (GHSA-5wr9-m6jw-xx44).
    private static TemplateContext CreateContext(ScriptObject globals, DateTime? now, CancellationToken cancellationToken)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            EnableRelaxedIndexerAccess = false,
            LoopLimit = LoopLimit,
            LoopLimitQueryable = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = MaxOutputLength,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxOutputLength,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = RegexTimeout,
            TemplateLoader = null,
            MemberFilter = _ => false,
            NewLine = "\n",
            CancellationToken = cancellationToken,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        HardenBuiltins(context.BuiltinObject, now);
        context.PushGlobal(globals);
        return context;
    }

    private static void HardenBuiltins(ScriptObject builtins, DateTime? now)
    {
        if (builtins["object"] is ScriptObject objectFunctions)
        {
            foreach (var name in RemovedObjectFunctions)
            {
                objectFunctions.Remove(name);
            }
        }

        if (builtins["date"] is ScriptObject dateFunctions)
        {
            var clock = DelegateCustomFunction.CreateFunc(() => now ?? throw new InvalidOperationException(
                "date.now needs a 'now' date in the render model; the engine does not read the clock, so output stays reproducible"));
            dateFunctions.SetValue("now", clock, readOnly: true);
            dateFunctions.SetValue("utc_now", clock, readOnly: true);
        }
    }

    private static DateTime? Now(IReadOnlyDictionary<string, object?> model) => model.GetValueOrDefault("now") switch
    {
        DateTimeOffset moment => moment.UtcDateTime,
        DateTime moment => moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment,
        _ => null,
    };
}
