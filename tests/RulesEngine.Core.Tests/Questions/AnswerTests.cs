using System.Collections.Frozen;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Questions;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.Questions;

/// <summary>Answers are facts: a yes confirms, a no excludes; open questions are ranked by how many suspected causes an
/// answer bears on; answered questions are closed; a wrong answer is refused, never ignored.</summary>
public sealed class AnswerTests : IDisposable
{
    // Cause a and cause b both turn on which-system (it confirms one and excludes the other); a-detail and b-detail
    // concern one cause each, and a lists its own question first.
    private const string Rules = """
        rules:
          - id: a-rule
            article: a
            when:
              - http-error: { status: 401 }
              - not:
                  answer: { question: which-system, value: y }
            confirm:
              - answer: { question: a-detail, value: "yes" }
              - answer: { question: which-system, value: x }
            ask:
              - { id: a-detail, text: Is it about a?, answer: yes-no }
              - { id: which-system, text: Which system answered?, answer: { one-of: [x, y] } }
            confidence: { suspected: 0.5, confirmed: 0.9 }
          - id: b-rule
            article: b
            when:
              - http-error: { status: 401 }
              - not:
                  answer: { question: which-system, value: x }
            confirm:
              - answer: { question: which-system, value: y }
                ask: { id: which-system, text: Which system answered?, answer: { one-of: [x, y] } }
            ask:
              - { id: b-detail, text: Since when?, answer: { value: date } }
            confidence: { suspected: 0.4, confirmed: 0.9 }
        """;

    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly TicketInput[] Ticket = [new("ticket.txt", "HTTP 401 Unauthorized\n")];

    private readonly TempFolder _folder = new();

    private readonly KnowledgeBase _kb;

    public AnswerTests()
    {
        _folder.Write("rules/causes.yaml", Rules);
        _folder.WriteArticle("a");
        _folder.WriteArticle("b");
        var loaded = _folder.LoadKnowledgeBase();
        Assert.True(loaded.KnowledgeBase is not null, string.Join("\n", loaded.Diagnostics));
        _kb = loaded.KnowledgeBase;
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Diagnose_TwoSuspectedCauses_AsksTheQuestionThatSplitsThemFirst()
    {
        var diagnosis = _kb.Diagnose(Ticket, new DiagnoseOptions(Now));

        Assert.Equal(["a", "b"], diagnosis.Findings.Select(f => f.Finding.Article));
        Assert.Equal(["which-system", "a-detail", "b-detail"], diagnosis.OpenQuestions.Select(q => q.Id));
        Assert.Equal(diagnosis.OpenQuestions.Select(q => q.Text), diagnosis.Questions);
        Assert.Equal(AnswerType.OneOf, diagnosis.OpenQuestions[0].Answer);
        Assert.Equal(["x", "y"], diagnosis.OpenQuestions[0].Options.AsEnumerable());
        Assert.Equal(AnswerType.Date, diagnosis.OpenQuestions[2].Answer);
    }

    [Fact]
    public void Diagnose_AnswerConfirmsOneAndExcludesTheOther_TheAnswerIsEvidenceAndItsQuestionIsClosed()
    {
        var diagnosis = _kb.Diagnose(Ticket, Options(("which-system", "x")));

        var finding = Assert.Single(diagnosis.Findings).Finding;
        Assert.Equal(("a", FindingStatus.Confirmed), (finding.Article, finding.Status));
        var evidence = finding.Evidence[0];
        Assert.Equal(("answers", 1, "answered by the customer: which-system = x"), (evidence.Input, evidence.Line, evidence.Text));
        Assert.Empty(diagnosis.OpenQuestions);
        var other = _kb.Diagnose(Ticket, Options(("which-system", "y")));
        Assert.Equal([("b", FindingStatus.Confirmed)], other.Findings.Select(f => (f.Finding.Article, f.Finding.Status)));
    }

    [Fact]
    public void Diagnose_AnswerToAQuestionOfOneCause_ClosesItAndKeepsTheOthersOpen()
    {
        var diagnosis = _kb.Diagnose(Ticket, Options(("b-detail", "2026-11-30")));

        Assert.Equal([("a", FindingStatus.Suspected), ("b", FindingStatus.Suspected)], diagnosis.Findings.Select(f => (f.Finding.Article, f.Finding.Status)));
        Assert.Equal(["which-system", "a-detail"], diagnosis.OpenQuestions.Select(q => q.Id));
        Assert.Contains(diagnosis.Facts, f => f is Facts.Answer { Question: "b-detail", Value: "2026-11-30" });
    }

    [Theory]
    [InlineData("which-sytem", "x", "answer to unknown question 'which-sytem'")]
    [InlineData("which-system", "z", "answer 'z' to question 'which-system' is not one of: x, y")]
    [InlineData("a-detail", "maybe", "is not one of: yes, no")]
    [InlineData("b-detail", "30.11.2026", "is not a date yyyy-MM-dd")]
    [InlineData("b-detail", " ", "is not a date yyyy-MM-dd")]
    public void CheckAnswers_AnswerTheQuestionDoesNotTake_IsAnErrorNamingIt(string id, string value, string expected)
    {
        var check = _kb.CheckAnswers([KeyValuePair.Create(id, value)]);

        Assert.Contains(expected, Assert.Single(check.Errors), StringComparison.Ordinal);
        Assert.Empty(check.Answers);
        Assert.Throws<ArgumentException>(() => _kb.Diagnose(Ticket, new DiagnoseOptions(Now) { Answers = new Dictionary<string, string> { [id] = value }.ToFrozenDictionary() }));
    }

    [Fact]
    public void CheckAnswers_AnswerInAnotherCase_IsTheOptionAsTheRuleFileSpellsIt()
    {
        var check = _kb.CheckAnswers([KeyValuePair.Create("a-detail", "YES"), KeyValuePair.Create("which-system", " X ")]);

        Assert.False(check.HasErrors);
        Assert.Equal([("a-detail", "yes"), ("which-system", "x")], check.Answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value)));
    }

    [Fact]
    public void Canonical_FreeTextWithASecret_IsRedacted()
    {
        var question = new Question("which-key", "Which key?", AnswerType.Text, []);

        var value = QuestionCatalog.Canonical(question, "the one with clientsecret=9f2b7c1d-4e5a-4b3c-8d2e-1f0a9b8c7d6e");

        Assert.NotNull(value);
        Assert.DoesNotContain("9f2b7c1d-4e5a-4b3c-8d2e-1f0a9b8c7d6e", value, StringComparison.Ordinal);
        Assert.StartsWith("the one with clientsecret=", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnose_RuleThatOnlyTestsAnAnswer_IsActivatedByTheAnswerAlone()
    {
        // Arrange: both rules are keyed (by http-error and by answer), so a ticket without either activates neither.
        using var folder = new TempFolder();
        folder.Write("rules/causes.yaml", """
            rules:
              - id: asks
                article: a
                when:
                  - http-error: { status: 401 }
                ask: { id: q, text: Is it a?, answer: yes-no }
              - id: answered
                article: b
                when:
                  - answer: { question: q, value: "yes" }
                status: confirmed
            """);
        folder.WriteArticle("a");
        folder.WriteArticle("b");
        var kb = folder.LoadKnowledgeBase().KnowledgeBase!;
        TicketInput[] nothing = [new("ticket.txt", "hello\n")];

        // Act
        var without = kb.Diagnose(nothing, new DiagnoseOptions(Now));
        var with = kb.Diagnose(nothing, new DiagnoseOptions(Now) { Answers = new Dictionary<string, string> { ["q"] = "yes" }.ToFrozenDictionary() });

        // Assert
        Assert.Empty(without.Findings);
        Assert.Equal([("b", FindingStatus.Confirmed)], with.Findings.Select(f => (f.Finding.Article, f.Finding.Status)));
        Assert.Contains(Core.Rules.RulePartitioner.Keys(kb.Rules).Values, k => k is ["kind:answer"]);
    }

    [Fact]
    public void Diagnose_NoExcludesACause_ItsFamilyGuessIsNotShownEither()
    {
        // Arrange: a's rule needs a trace line the ticket lacks, so the family guesses; the customer's no rules a out.
        using var folder = new TempFolder();
        folder.Write("rules/causes.yaml", """
            rules:
              - id: a-rule
                article: a
                when:
                  - http-error: { status: 401 }
                  - log-entry: { message: { contains: "the cause of a" } }
                  - not:
                      answer: { question: a-line, value: "no" }
                ask: { id: a-line, text: Does the log say "the cause of a"?, answer: yes-no }
                status: confirmed
            families:
              - id: auth-401
                title: A 401 no rule explains
                when:
                  - http-error: { status: 401 }
                articles: [a, b]
                ask: [Which system answered the 401?]
            """);
        folder.WriteArticle("a");
        folder.WriteArticle("b");
        var kb = folder.LoadKnowledgeBase().KnowledgeBase!;

        // Act
        var before = kb.Diagnose(Ticket, new DiagnoseOptions(Now));
        var after = kb.Diagnose(Ticket, Options(("a-line", "no")));

        // Assert
        Assert.Equal(["a", "b"], before.Findings.Select(f => f.Finding.Article).Order(StringComparer.Ordinal));
        Assert.Equal([("b", "auth-401")], after.Findings.Select(f => (f.Finding.Article, f.Finding.Family)));
        Assert.DoesNotContain(after.Fired, f => f.RuleId == "auth-401--a");
    }

    [Fact]
    public void Explain_Answer_IsShownAsEvidenceAnsweredByTheCustomer()
    {
        var explanation = _kb.Explain(Ticket, Options(("a-detail", "yes")));

        var text = ExplanationText.Write(explanation, _kb);
        Assert.Contains("answers(1,1)  answer  question=a-detail value=yes count=1 quoted=False  (answered by the customer)", text, StringComparison.Ordinal);
        var confirm = explanation.Rules.Single(r => r.Rule.Id.Value == "a-rule").Conditions.First(c => c.Section == "confirm");
        Assert.True(confirm.Held);
        Assert.Equal("answers", Assert.Single(confirm.Evidence).Input);
    }

    private static DiagnoseOptions Options(params (string Id, string Value)[] answers) =>
        new(Now) { Answers = answers.ToFrozenDictionary(a => a.Id, a => a.Value, StringComparer.Ordinal) };
}
