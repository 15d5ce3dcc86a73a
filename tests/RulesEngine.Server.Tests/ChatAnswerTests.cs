using RulesEngine.Core;
using RulesEngine.Core.Tests.Support;
using RulesEngine.Server.Triage;

namespace RulesEngine.Server.Tests;

/// <summary>The chat answer names the step the article marks as applying to this ticket (data from the template, not
/// a reading of the rendered Markdown), else the article's first step, else none.</summary>
public sealed class ChatAnswerTests
{
    private static readonly Lazy<KnowledgeBase> Shipped = new(() => KnowledgeBaseLoader.Load(RepositoryPaths.Rules, RepositoryPaths.Kb).KnowledgeBase!);

    private static string Seed(string name) => Path.Combine(RepositoryPaths.Samples, "seed", name);

    [Fact]
    public void Write_SeedWithDifferingCertificates_TheStepThatApplies()
    {
        var diagnosis = Shipped.Value.Diagnose([Input("ticket.txt"), Input("trace.log"), Input("service-key.json")], new DiagnoseOptions(new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero)));

        var answer = ChatAnswer.Write(diagnosis);

        Assert.Contains("\n\n**Step 4 applies:** Set the service key up again with the sender's certificate", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("First step", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SeedTicketOnly_TheFirstStep()
    {
        var diagnosis = Shipped.Value.Diagnose([Input("ticket.txt")], new DiagnoseOptions(new DateTimeOffset(2026, 11, 28, 10, 30, 0, TimeSpan.Zero)));

        var answer = ChatAnswer.Write(diagnosis);

        Assert.Contains("\n\n**First step:** In Cloud Integration, open **Monitor > Message Processing** and note the time of the failed message.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ArticleWithoutSteps_NoStepLine()
    {
        using var folder = new TempFolder();
        folder.Write("rules/r.yaml", "rules:\n  - id: r1\n    article: a1\n    status: confirmed\n    when:\n      - http-error: { status: 401 }\n");
        folder.Write("kb/articles/a1.md", "---\nid: a1\ntitle: T\nproduct: P\ncomponent: C\nsource: https://example.com\n---\n1. Do this first.\n2. Then that.\n");
        var knowledgeBase = KnowledgeBaseLoader.Load(Path.Combine(folder.Root, "rules"), Path.Combine(folder.Root, "kb")).KnowledgeBase!;

        var answer = ChatAnswer.Write(knowledgeBase.Diagnose([new TicketInput("t.txt", "HTTP 401 Unauthorized")], new DiagnoseOptions(DateTimeOffset.UtcNow)));

        Assert.StartsWith("**Likely cause:** T (article a1)", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("step", answer, StringComparison.OrdinalIgnoreCase);
    }

    private static TicketInput Input(string name) => new(name, File.ReadAllText(Seed(name)));
}
