using System.Collections.Immutable;

namespace RulesEngine.Core.Questions;

/// <summary>A question a rule asks the customer while its finding is suspected.</summary>
/// <param name="Id">The stable id answers name (<c>wfs-trace-line</c>); null for a plain-text question, which takes no
/// answer the rules can test.</param>
/// <param name="Text">What to ask, for people.</param>
/// <param name="Answer">What kind of answer it takes.</param>
/// <param name="Options">The answers it accepts: <c>yes</c>, <c>no</c> for <see cref="AnswerType.YesNo"/>, the list for
/// <see cref="AnswerType.OneOf"/>; empty for the value types.</param>
public sealed record Question(string? Id, string Text, AnswerType Answer, ImmutableArray<string> Options)
{
    /// <summary>A plain-text question: no id, free text.</summary>
    internal static Question Plain(string text) => new(null, text, AnswerType.Text, []);

    /// <summary>Equal when id, text, answer type and options agree (the options by value, in order).</summary>
    public bool Equals(Question? other) =>
        other is not null && Id == other.Id && Text == other.Text && Answer == other.Answer && Options.SequenceEqual(other.Options);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Text, Answer, Options.Length);
}
