using System.Text.Json;
using ModelContextProtocol.Protocol;
using RulesEngine.Core.Reporting.Contract;

namespace RulesEngine.Server.Mcp;

/// <summary>The diagnose tool's open question as an MCP elicitation: when the client can elicit, the first open question
/// with an id is put to the user with its answer type as the form (yes/no and one-of as a choice, a date as a date), and
/// the reply becomes an answer for a second diagnosis. Without an id there is nothing to send back, so nothing is asked.</summary>
internal static class QuestionElicitation
{
    /// <summary>The form's only field.</summary>
    public const string Field = "answer";

    /// <summary>The request for the first open question with an id, or null when there is none.</summary>
    public static (string QuestionId, ElicitRequestParams Request)? For(DiagnoseReport report)
    {
        var question = report.OpenQuestions.FirstOrDefault(q => q.Id is not null);
        if (question is null)
        {
            return null;
        }

        ElicitRequestParams.PrimitiveSchemaDefinition field = question.Answer switch
        {
            AnswerTypeName.YesNo or AnswerTypeName.OneOf => new ElicitRequestParams.UntitledSingleSelectEnumSchema { Enum = [.. question.Options], Description = question.Text },
            AnswerTypeName.Date => new ElicitRequestParams.StringSchema { Format = "date", Description = question.Text + " (yyyy-MM-dd)" },
            _ => new ElicitRequestParams.StringSchema { Description = question.Text },
        };
        var request = new ElicitRequestParams
        {
            Message = question.Text,
            RequestedSchema = new ElicitRequestParams.RequestSchema { Properties = { [Field] = field }, Required = [Field] },
        };
        return (question.Id!, request);
    }

    /// <summary>The accepted reply's answer, or null (declined, cancelled, empty).</summary>
    public static string? Answer(ElicitResult reply) =>
        reply.IsAccepted && reply.Content is { } content && content.TryGetValue(Field, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
