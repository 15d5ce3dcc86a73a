using System.ComponentModel;
using System.Text.Json.Serialization;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>A question the report asks, with what a chatbot needs to ask it and send the answer back.</summary>
public sealed record ReportOpenQuestion(
    [property: Description("The question's id, to answer it with answers: { ID: VALUE }; null for a free-text question (answer it as another input).")] string? Id,
    [property: Description("The question as the customer reads it.")] string Text,
    [property: Description("What the answer is: yes-no, one-of (one of options), date (yyyy-MM-dd), role, certificate or text.")] AnswerTypeName Answer,
    [property: Description("The values a one-of question takes; empty otherwise.")] IReadOnlyList<string> Options);

/// <summary>The answer types, as the report names them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerTypeName>))]
public enum AnswerTypeName
{
    [JsonStringEnumMemberName("yes-no")]
    YesNo,
    [JsonStringEnumMemberName("one-of")]
    OneOf,
    [JsonStringEnumMemberName("date")]
    Date,
    [JsonStringEnumMemberName("role")]
    Role,
    [JsonStringEnumMemberName("certificate")]
    Certificate,
    [JsonStringEnumMemberName("text")]
    Text,
}
