namespace RulesEngine.Core.Questions;

/// <summary>What kind of answer a question takes; the YAML and JSON names are kebab-case (<c>yes-no</c>).</summary>
public enum AnswerType
{
    /// <summary>Free text: a plain-string question (no id), or <c>answer: { value: text }</c>.</summary>
    Text,

    /// <summary><c>yes</c> or <c>no</c>.</summary>
    YesNo,

    /// <summary>One of the question's options.</summary>
    OneOf,

    /// <summary>A date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A role name, as the customer writes it.</summary>
    Role,

    /// <summary>A certificate (its PEM text, or what the customer says about it).</summary>
    Certificate,
}
