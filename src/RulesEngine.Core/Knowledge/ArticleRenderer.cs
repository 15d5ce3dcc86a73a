using RulesEngine.Core.Diagnostics;
using Scriban.Syntax;

namespace RulesEngine.Core.Knowledge;

/// <summary>Renders an article's body for one case, in a sandbox: a fresh Scriban context per render, strict
/// variables, a read-only copy of the model, and limits on loops, recursion, output size and time.</summary>
internal static partial class ArticleRenderer
{
    /// <summary>Renders <paramref name="article"/> with <paramref name="model"/> as its global variables. Template errors
    /// (undefined variables, writes to the model, limits) come back as <see cref="DiagnosticCode.TemplateRender"/>
    /// diagnostics at the file position of the failing expression; nothing is thrown for them.</summary>
    /// <param name="article">The article to render.</param>
    /// <param name="model">A plain tree: texts, booleans, numbers, <see cref="DateTimeOffset"/>, null, dictionaries with text keys,
    /// and lists of these. A <c>now</c> value (a date) is what <c>date.now</c> returns.</param>
    /// <param name="cancellationToken">Cancels the render; an <see cref="OperationCanceledException"/> is then thrown.</param>
    public static RenderResult Render(Article article, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken = default) =>
        Render(article, model, TimeLimit, cancellationToken);

    /// <summary>Renders with another time limit (tests).</summary>
    internal static RenderResult Render(Article article, IReadOnlyDictionary<string, object?> model, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var bodyStart = SourceSpan.At(article.Path, article.BodyLine, 1);
        var globals = ScriptModel.Globals(model, out var modelError);
        if (modelError is not null)
        {
            return Failed(DiagnosticCode.TemplateRender, bodyStart, modelError);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeLimit > TimeSpan.Zero)
        {
            timeout.CancelAfter(timeLimit);
        }
        else
        {
            timeout.Cancel();
        }

        ArticleStep? applied = null;
        // The template says which steps this case has reached; the furthest one applies (independent of template order).
        // Set in the per-render globals, read-only like the model, so a template cannot assign over it or the model.
        globals.SetValue(StepReferenceChecker.Function, StepFunction(article, step => applied = applied is null || step.Number > applied.Number ? step : applied), readOnly: true);
        var context = CreateContext(globals, Now(model), timeout.Token);
        try
        {
            var markdown = Tidy(article.Body.Render(context));
            return new RenderResult(markdown, [], applied);
        }
        catch (Exception ex) when (ex is ScriptAbortException or OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptAbortException ex)
        {
            return Failed(DiagnosticCode.TemplateRender, Span(article, ex.Span), $"rendering took longer than the time limit of {timeLimit.TotalSeconds:0.###} s: simplify the template");
        }
        catch (ScriptRuntimeException ex)
        {
            return Failed(DiagnosticCode.TemplateRender, Span(article, ex.Span), ex.OriginalMessage);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(DiagnosticCode.TemplateRender, bodyStart, $"rendering failed: {ex.Message}");
        }
    }

    // applies "ID": writes nothing, records the step (the load-time check makes an unknown id an error before any render).
    private static Scriban.Runtime.DelegateCustomFunction StepFunction(Article article, Action<ArticleStep> record) =>
        Scriban.Runtime.DelegateCustomFunction.CreateFunc<string, string>(id =>
        {
            record(article.Steps.FirstOrDefault(s => s.Id == id) ?? throw new InvalidOperationException($"'{StepReferenceChecker.Function} \"{id}\"' names no step of the article"));
            return "";
        });

    private static RenderResult Failed(DiagnosticCode code, SourceSpan span, string message) =>
        new(null, [Diagnostic.Error(code, span, message)]);

    private static SourceSpan Span(Article article, Scriban.Parsing.SourceSpan span) =>
        TemplateSpans.ToFile(article.Path, article.BodyLine, span);

    /// <summary>LF line ends, no trailing whitespace on any line, exactly one final line end.</summary>
    private static string Tidy(string output)
    {
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }
}
