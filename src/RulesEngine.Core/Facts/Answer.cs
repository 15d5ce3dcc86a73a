namespace RulesEngine.Core.Facts;

/// <summary>The customer's answer to a question with an id: a fact like any other, so rules test it in <c>when</c>,
/// <c>confirm</c> and <c>not</c> (<c>answer: { question: wfs-trace-line, value: no }</c>).</summary>
/// <param name="Question">The question's id.</param>
/// <param name="Value">The answer, checked against the question's type (<c>yes</c>/<c>no</c>, one of its options, a date
/// <c>yyyy-MM-dd</c>, free text).</param>
internal sealed record Answer(string Question, string Value) : Fact
{
    /// <summary>The input name of an answer's evidence: answers are no text the customer pasted, so they have an input of their own.</summary>
    public const string InputName = "answers";

    /// <summary>The answer facts of <paramref name="answers"/>, in question-id order (the evidence's line is that position).</summary>
    public static IEnumerable<Answer> From(IEnumerable<KeyValuePair<string, string>> answers) =>
        answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select((a, i) => new Answer(a.Key, a.Value)
        {
            Evidence = new Evidence(InputName, i + 1, 1, $"answered by the customer: {a.Key} = {a.Value}"),
        });
}
