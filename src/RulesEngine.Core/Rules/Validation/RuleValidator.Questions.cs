using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Questions;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Rules.Validation;

internal static partial class RuleValidator
{
    /// <summary>One question id means one question across the knowledge base (answers name it, rules test it); an
    /// <c>answer</c> condition names a question some rule asks, and a value that question accepts.</summary>
    private static void CheckQuestions(IReadOnlyList<RuleNode> rules, DiagnosticBag bag)
    {
        var first = new Dictionary<string, Located<Question>>(StringComparer.Ordinal);
        foreach (var asked in rules.SelectMany(QuestionCatalog.Asked).Where(q => q.Value.Id is not null))
        {
            if (!first.TryGetValue(asked.Value.Id!, out var earlier))
            {
                first[asked.Value.Id!] = asked;
            }
            else if (!earlier.Value.Equals(asked.Value))
            {
                var at = $"{earlier.Span.Path}({earlier.Span.Line},{earlier.Span.Column})";
                bag.Error(DiagnosticCode.ConflictingQuestion, asked.Span, $"question '{asked.Value.Id}' is asked at {at} with another text or answer type: give this question its own id, or write it exactly as there");
            }
        }

        var catalog = QuestionCatalog.From(rules);
        foreach (var condition in rules.SelectMany(AnswerConditions.Of))
        {
            var questions = condition.Questions.Select(q => (Operand: q, Question: Known(q, catalog, bag))).ToList();
            if (questions.Count == 0)
            {
                bag.Error(DiagnosticCode.UnknownQuestion, condition.Condition.Kind.Span, "an 'answer' condition names its question: answer: { question: QUESTION-ID, value: yes }");
            }

            foreach (var question in questions.Select(q => q.Question).OfType<Question>().Where(q => q.Answer is AnswerType.YesNo or AnswerType.OneOf))
            {
                foreach (var value in condition.Values.Where(v => QuestionCatalog.Canonical(question, v.Text) is null))
                {
                    bag.Error(DiagnosticCode.InvalidAnswerValue, value.Span, $"question '{question.Id}' takes no answer '{value.Text}': it accepts {QuestionCatalog.Accepted(question)}");
                }
            }
        }
    }

    private static Question? Known(ScalarOperand id, QuestionCatalog catalog, DiagnosticBag bag)
    {
        if (catalog.ById.TryGetValue(id.Text, out var question))
        {
            return question;
        }

        bag.Error(DiagnosticCode.UnknownQuestion, id.Span, $"no rule asks a question with id '{id.Text}': ask it in some rule's 'ask:' as {{ id: {id.Text}, text: \"...\", answer: yes-no }}, or fix the id.{Suggestions.DidYouMean(id.Text, catalog.ById.Keys)}");
        return null;
    }
}
