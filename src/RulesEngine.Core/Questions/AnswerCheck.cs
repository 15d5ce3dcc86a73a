using System.Collections.Frozen;
using System.Collections.Immutable;

namespace RulesEngine.Core.Questions;

/// <summary>Answers checked against a knowledge base's questions (<see cref="KnowledgeBase.CheckAnswers"/>).</summary>
/// <param name="Answers">The valid answers by question id, each value in its canonical form (<c>Yes</c> becomes <c>yes</c>,
/// an option as the rule file spells it).</param>
/// <param name="Errors">One message per answer that names an unknown question or has a value its question does not
/// accept; empty when all are valid.</param>
public sealed record AnswerCheck(FrozenDictionary<string, string> Answers, ImmutableArray<string> Errors)
{
    /// <summary>True when some answer was refused.</summary>
    public bool HasErrors => !Errors.IsEmpty;
}
