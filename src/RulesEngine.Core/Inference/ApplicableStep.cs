using RulesEngine.Core.Knowledge;

namespace RulesEngine.Core.Inference;

/// <summary>The step of a resolution to start with for this ticket: the one the article's template said applies
/// (<paramref name="ForThisTicket"/>), else the article's first step.</summary>
public sealed record ApplicableStep(ArticleStep Step, bool ForThisTicket)
{
    /// <summary>The step for a render: the template's choice, else the first step; null when the article lists none.</summary>
    internal static ApplicableStep? Of(Article article, ArticleStep? applied) =>
        applied is not null ? new ApplicableStep(applied, ForThisTicket: true)
        : article.Steps.IsDefaultOrEmpty ? null
        : new ApplicableStep(article.Steps[0], ForThisTicket: false);
}
