using System.Collections.Frozen;

namespace RulesEngine.Core.Questions;

/// <summary>The YAML and JSON names of <see cref="AnswerType"/>, in one place.</summary>
internal static class AnswerTypes
{
    /// <summary>The kinds of value <c>answer: { value: … }</c> may name.</summary>
    public static readonly FrozenDictionary<string, AnswerType> Values = new Dictionary<string, AnswerType>(StringComparer.Ordinal)
    {
        ["date"] = AnswerType.Date,
        ["role"] = AnswerType.Role,
        ["certificate"] = AnswerType.Certificate,
        ["text"] = AnswerType.Text,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The options of a yes/no question, as answers and conditions write them.</summary>
    public static readonly string[] YesNo = ["yes", "no"];

    /// <summary>The kebab-case name: <c>yes-no</c>, <c>one-of</c>, <c>date</c> ….</summary>
    public static string Name(AnswerType type) => type switch
    {
        AnswerType.YesNo => "yes-no",
        AnswerType.OneOf => "one-of",
        _ => type.ToString().ToLowerInvariant(),
    };
}
