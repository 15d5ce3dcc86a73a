using System.Collections.Frozen;
using RulesEngine.Core;

namespace RulesEngine.Server.Triage;

/// <summary>Checks a ticket request and turns it into core inputs; problems come back keyed by JSON path, as a
/// validation problem wants them.</summary>
internal static class TicketRequestValidator
{
    private const int MaxNameLength = 256;

    public static IReadOnlyList<TicketInput> ToInputs(TicketRequest request, int maxInputs, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (request.Inputs is not { Count: > 0 } inputs)
        {
            errors["inputs"] = ["send at least one input: {\"inputs\":[{\"name\":\"ticket.txt\",\"content\":\"...\"}]}"];
            return [];
        }

        if (inputs.Count > maxInputs)
        {
            errors["inputs"] = [$"at most {maxInputs} inputs per ticket"];
            return [];
        }

        var result = new List<TicketInput>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            if (input is null || string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > MaxNameLength)
            {
                errors[$"inputs[{i}].name"] = [$"give the input a name of 1 to {MaxNameLength} characters, e.g. ticket.txt"];
            }
            else if (input.Content is null)
            {
                errors[$"inputs[{i}].content"] = ["give the input a content (text)"];
            }
            else
            {
                result.Add(new TicketInput(input.Name, input.Content));
            }
        }

        return errors.Count == 0 ? result : [];
    }

    /// <summary>The request's answers checked against the questions of <paramref name="knowledgeBase"/>; each refused
    /// one is an error under <c>answers.ID</c> that says why (an unknown id, a value not among the question's options).</summary>
    public static FrozenDictionary<string, string> ToAnswers(TicketRequest request, KnowledgeBase knowledgeBase, Dictionary<string, string[]> errors)
    {
        if (request.Answers is not { Count: > 0 } answers)
        {
            return FrozenDictionary<string, string>.Empty;
        }

        var check = knowledgeBase.CheckAnswers(answers);
        if (check.HasErrors)
        {
            // Checked one by one as well, so each message sits under the id it is about; too many answers is about all.
            var before = errors.Count;
            foreach (var answer in answers)
            {
                if (knowledgeBase.CheckAnswers([answer]).Errors is [var error, ..])
                {
                    errors[$"answers.{answer.Key}"] = [error];
                }
            }

            if (errors.Count == before)
            {
                errors["answers"] = [.. check.Errors];
            }
        }

        return check.Answers;
    }
}
