using System.Collections.Frozen;
using System.CommandLine;
using RulesEngine.Core;
using RulesEngine.Core.Questions;

namespace RulesEngine.Cli;

/// <summary><c>--answer ID=VALUE</c> (repeatable) and <c>--answers FILE</c>: the customer's answers to the questions of
/// an earlier diagnosis. A wrong answer is a usage error naming it (exit 2), never dropped: a dropped "no" would leave
/// the excluded cause standing.</summary>
internal sealed class AnswerOptions
{
    public Option<string[]> Answer { get; } = new("--answer")
    {
        Description = "The customer's answer to a question of the report, by its id (repeatable): --answer wfs-trace-line=yes.",
        HelpName = "ID=VALUE",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> AnswersFile { get; } = new("--answers")
    {
        Description = "A YAML or JSON map of question id to answer ({ \"wfs-trace-line\": \"yes\" }); --answer wins over it for the same id.",
        HelpName = "FILE",
    };

    public AnswerOptions() => Answer.Validators.Add(result =>
    {
        foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.IndexOf('=', StringComparison.Ordinal) <= 0))
        {
            result.AddError($"--answer '{token}' is not ID=VALUE, e.g. --answer wfs-trace-line=yes");
        }
    });

    public void AddTo(Command command)
    {
        command.Add(Answer);
        command.Add(AnswersFile);
    }

    /// <summary>The answers checked against <paramref name="knowledgeBase"/>'s questions, or null when one is refused
    /// (each refusal is written to standard error).</summary>
    /// <exception cref="InputUnreadableException">The answers file cannot be read.</exception>
    public FrozenDictionary<string, string>? Read(ParseResult parse, KnowledgeBase knowledgeBase, CliConsole console)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        if (parse.GetValue(AnswersFile) is { } path)
        {
            var file = AnswerFile.Read(path, ReadFile(path));
            errors.AddRange(file.Errors);
            foreach (var (id, value) in file.Answers)
            {
                given[id] = value;
            }
        }

        foreach (var token in parse.GetValue(Answer) ?? [])
        {
            var split = token.IndexOf('=', StringComparison.Ordinal);
            given[token[..split].Trim()] = token[(split + 1)..];
        }

        var check = knowledgeBase.CheckAnswers(given);
        errors.AddRange(check.Errors);
        foreach (var error in errors)
        {
            console.Error.WriteLine($"triage: {error}");
        }

        return errors.Count == 0 ? check.Answers : null;
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputUnreadableException($"--answers '{path}' cannot be read: {ex.Message}");
        }
    }
}
