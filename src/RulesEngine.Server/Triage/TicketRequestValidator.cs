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
}
