using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Rules.Model;

namespace RulesEngine.Core.Questions;

/// <summary>The questions with an id that a knowledge base's rules ask, and which rules each concerns (asks it, or tests
/// its answer). Answers are checked here, so every front end refuses the same ones with the same words.</summary>
internal sealed class QuestionCatalog
{
    /// <summary>Longest answer value accepted, in characters: an answer is a word, a date or a certificate, not a log.</summary>
    public const int MaxValueLength = 16 * 1024;

    /// <summary>Most answers one diagnosis accepts.</summary>
    public const int MaxAnswers = 256;

    private readonly ImmutableArray<(string Article, string Question, FrozenSet<string> Values)> _exclusions;

    private QuestionCatalog(
        FrozenDictionary<string, Question> byId,
        FrozenDictionary<string, FrozenSet<string>> usedBy,
        ImmutableArray<(string Article, string Question, FrozenSet<string> Values)> exclusions)
    {
        ById = byId;
        UsedBy = usedBy;
        _exclusions = exclusions;
    }

    /// <summary>The catalog of no questions.</summary>
    public static QuestionCatalog Empty { get; } = From([]);

    /// <summary>The questions by id; a plain-text question has no id and is not here.</summary>
    public FrozenDictionary<string, Question> ById { get; }

    /// <summary>The ids of the questions each rule (by id) asks or whose answer it tests.</summary>
    public FrozenDictionary<string, FrozenSet<string>> UsedBy { get; }

    /// <summary>The catalog of <paramref name="rules"/>; for an id asked twice the first wins (validation reports a conflict).</summary>
    public static QuestionCatalog From(IEnumerable<RuleNode> rules)
    {
        var list = rules.ToList();
        var byId = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in list.SelectMany(Asked).Select(q => q.Value).Where(q => q.Id is not null))
        {
            byId.TryAdd(question.Id!, question);
        }

        // Grouped by id: a knowledge base with a duplicate rule id is an error, but is still read to report it.
        var usedBy = list.GroupBy(r => r.Id.Value, StringComparer.Ordinal).ToFrozenDictionary(
            g => g.Key,
            g => g.SelectMany(r => Asked(r).Select(q => q.Value.Id).OfType<string>().Concat(AnswerConditions.Of(r).SelectMany(a => a.Questions).Select(q => q.Text)))
                .ToFrozenSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        return new QuestionCatalog(byId.ToFrozenDictionary(StringComparer.Ordinal), usedBy, [.. list.SelectMany(Exclusions)]);
    }

    /// <summary>The articles the answers exclude: a rule of the article's own requires in its <c>when</c> that the
    /// answer is not given (<c>not: answer: { question: q, value: no }</c>). A family's guess of such an article is not
    /// shown: the customer's "no" ruled it out.</summary>
    public FrozenSet<string> Excluded(FrozenDictionary<string, string> answers) =>
        _exclusions.Where(e => answers.TryGetValue(e.Question, out var value) && e.Values.Contains(value))
            .Select(e => e.Article)
            .ToFrozenSet(StringComparer.Ordinal);

    // The top-level 'not: answer' items of a rule's own finding (not a family's), each naming one question.
    private static IEnumerable<(string, string, FrozenSet<string>)> Exclusions(RuleNode rule) =>
        rule.Conclusion is FindingConclusion { Family: null } finding
            ? rule.When.OfType<AbsentCondition>()
                .SelectMany(a => ConditionPatterns.Of(a.Inner))
                .Where(c => c.Kind.Value == AnswerConditions.Kind)
                .Select(c => AnswerConditions.Of(c))
                .Where(n => n.Questions.Count == 1 && n.Values.Count > 0)
                .Select(n => (finding.Article.Value, n.Questions[0].Text, n.Values.Select(v => v.Text).ToFrozenSet(StringComparer.OrdinalIgnoreCase)))
            : [];

    /// <summary>Every question a rule asks: its own (<c>ask:</c>), then those of its conditions, in file order.</summary>
    public static IEnumerable<Located<Question>> Asked(RuleNode rule) =>
        (rule.Conclusion is FindingConclusion finding ? finding.Questions : [])
            .Concat(rule.When.Concat(rule.Confirm).SelectMany(ConditionPatterns.Of).Select(c => c.Ask).OfType<Located<Question>>());

    /// <summary>Checks <paramref name="answers"/>: each must name a question of this catalog and have a value it accepts.</summary>
    public AnswerCheck Check(IEnumerable<KeyValuePair<string, string>> answers)
    {
        var valid = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<string>();
        var all = answers.ToList();
        if (all.Count > MaxAnswers)
        {
            return new AnswerCheck(FrozenDictionary<string, string>.Empty, [string.Create(CultureInfo.InvariantCulture, $"{all.Count} answers are more than the {MaxAnswers} one diagnosis accepts")]);
        }

        foreach (var (id, value) in all)
        {
            if (!ById.TryGetValue(id, out var question))
            {
                var known = ById.Count == 0 ? "no rule asks a question with an id" : "the questions are: " + string.Join(", ", ById.Keys.Order(StringComparer.Ordinal));
                errors.Add($"answer to unknown question '{id}': {known}.{Suggestions.DidYouMean(id, ById.Keys)}");
            }
            else if (Canonical(question, value) is { } canonical)
            {
                valid[id] = canonical;
            }
            else
            {
                errors.Add($"answer '{value}' to question '{id}' is not {Accepted(question)}");
            }
        }

        return new AnswerCheck(valid.ToFrozenDictionary(StringComparer.Ordinal), [.. errors]);
    }

    /// <summary>The value as the rules test it, or null when <paramref name="question"/> does not accept it.</summary>
    public static string? Canonical(Question question, string value)
    {
        // JSON can send null for a value the signature says is text: it is no answer, not a crash.
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxValueLength)
        {
            return null;
        }

        return question.Answer switch
        {
            AnswerType.YesNo or AnswerType.OneOf => question.Options.FirstOrDefault(o => string.Equals(o, trimmed, StringComparison.OrdinalIgnoreCase)),
            AnswerType.Date => DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? trimmed : null,
            // Free text is what the customer typed: a pasted key or password is masked as in any input, never echoed.
            _ => Extraction.Redaction.SecretRedactor.Redact(trimmed),
        };
    }

    /// <summary>What <paramref name="question"/> accepts, for messages: "one of: yes, no", "a date yyyy-MM-dd".</summary>
    public static string Accepted(Question question) => question.Answer switch
    {
        AnswerType.YesNo or AnswerType.OneOf => "one of: " + string.Join(", ", question.Options),
        AnswerType.Date => "a date yyyy-MM-dd",
        _ => string.Create(CultureInfo.InvariantCulture, $"a non-empty text of at most {MaxValueLength:N0} characters"),
    };
}
