using System.Collections.Frozen;
using System.Collections.Immutable;
using RulesEngine.Core.Questions;

namespace RulesEngine.Core.Inference;

/// <summary>Orders the open questions best-separating first: a question concerns a suspected finding when the finding's
/// rule asks it or tests its answer, and the more suspected causes one answer can confirm or exclude, the earlier it is
/// asked. Ties keep their order (the findings' rank). Answered questions are no longer open.</summary>
internal static class QuestionRanker
{
    /// <param name="first">Questions that come before any other (the "is it still occurring?" check).</param>
    /// <param name="suspected">The suspected findings shown, best first.</param>
    /// <param name="separating">The questions that separate look-alikes found at the same status.</param>
    /// <param name="catalog">Which rules each question id concerns.</param>
    /// <param name="answered">The ids of the questions the customer answered.</param>
    public static ImmutableArray<Question> Rank(
        IEnumerable<Question> first,
        IReadOnlyList<Finding> suspected,
        IEnumerable<string> separating,
        QuestionCatalog catalog,
        FrozenDictionary<string, string> answered)
    {
        var candidates = suspected.SelectMany(f => f.Questions)
            .Concat(separating.Select(Question.Plain))
            .Where(q => q.Id is null || !answered.ContainsKey(q.Id))
            .Distinct()
            .ToList();

        // OrderByDescending is stable: equal scores keep the findings' order.
        var ranked = candidates.OrderByDescending(q => Concerned(q, suspected, catalog));
        return [.. first.Concat(ranked).DistinctBy(q => q.Text, StringComparer.Ordinal)];
    }

    // How many suspected causes (articles) an answer to the question bears on.
    private static int Concerned(Question question, IReadOnlyList<Finding> suspected, QuestionCatalog catalog) =>
        suspected.Where(f => f.Questions.Contains(question)
                || (question.Id is not null && catalog.UsedBy.TryGetValue(f.RuleId, out var ids) && ids.Contains(question.Id)))
            .Select(f => f.Article)
            .Distinct(StringComparer.Ordinal)
            .Count();
}
