using RulesEngine.Core.Inference;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Redaction;

/// <summary>The whole pipeline on the shipped knowledge base, per family of the generated secret corpus: a trace log
/// and a ticket whose 401 lines hold the secrets. No secret may appear in any report, explanation or fact.</summary>
public sealed class SecretLeakPipelineTests
{
    // At least this share of the shapes' log lines must be evidence of some fact, or the test would pass for want of output.
    private const double MinEvidenceShare = 0.5;

    public static TheoryData<string> Families { get; } = [.. SecretShapes.Families];

    [Theory]
    [MemberData(nameof(Families))]
    public void Diagnose_FamilyOnEvidenceLines_NoSecretInAnyOutput(string family)
    {
        // Arrange
        var shapes = SecretShapes.Of(family);
        TicketInput[] inputs = [new("trace.log", SecretShapes.TraceLog(shapes)), new("ticket.txt", SecretShapes.Ticket(shapes))];
        Assert.All(shapes, shape => Assert.Contains(shape.Secret, inputs[0].Content, StringComparison.Ordinal));

        // Act
        var diagnosis = SeedKnowledgeBase.Diagnose(inputs);
        var explanation = SeedKnowledgeBase.Instance.Explain(diagnosis);

        // Assert
        AssertEvidenceOnShapeLines(diagnosis, shapes.Count);
        AssertNoSecret(Outputs(diagnosis, explanation), shapes);
    }

    [Fact]
    public void Diagnose_AllFamiliesInOneTicket_NoSecretInAnyOutput()
    {
        var shapes = SecretShapes.All;
        TicketInput[] inputs = [new("trace.log", SecretShapes.TraceLog(shapes)), new("ticket.txt", SecretShapes.Ticket(shapes))];

        var diagnosis = SeedKnowledgeBase.Diagnose(inputs);

        AssertNoSecret(Outputs(diagnosis, SeedKnowledgeBase.Instance.Explain(diagnosis)), shapes);
    }

    /// <summary>Every rendering of a diagnosis and its explanation, each with a name for the failure message.</summary>
    private static List<(string Format, string Text)> Outputs(Diagnosis diagnosis, Inference.Explain.Explanation explanation)
    {
        var knowledgeBase = SeedKnowledgeBase.Instance;
        var outputs = new List<(string Format, string Text)>
        {
            ("JSON", DiagnosisJson.Serialize(diagnosis, knowledgeBase)),
            ("JSON with all facts", DiagnosisJson.Serialize(diagnosis, knowledgeBase, allFacts: true)),
            ("text", DiagnosisText.Write(diagnosis, markdown: false)),
            ("Markdown", DiagnosisText.Write(diagnosis, markdown: true)),
            ("explain text", ExplanationText.Write(explanation, knowledgeBase)),
            ("explain JSON", ExplanationJson.Serialize(explanation, knowledgeBase)),
        };
        outputs.AddRange(diagnosis.Facts.Select(f => ("fact", f.ToString())));
        outputs.AddRange(diagnosis.Facts.SelectMany(f => f.SeenAt).Select(e => ("evidence", e.Text)));
        outputs.AddRange(diagnosis.Findings.Select(f => ("resolution", f.Resolution ?? string.Join("\n", f.RenderDiagnostics))));
        outputs.AddRange(diagnosis.Questions.Select(q => ("question", q)));
        return outputs;
    }

    private static void AssertNoSecret(IEnumerable<(string Format, string Text)> outputs, IEnumerable<SecretShape> shapes)
    {
        foreach (var (format, text) in outputs)
        {
            var leak = SecretShapes.FindLeak(text, shapes);
            Assert.True(leak is null, $"The secret of {leak?.Shape} ({leak?.Marker}) appears in the {format} output:\n{SecretShapes.Around(text, leak?.Marker ?? "")}");
        }
    }

    private static void AssertEvidenceOnShapeLines(Diagnosis diagnosis, int count)
    {
        var evidenceLines = diagnosis.Facts.SelectMany(f => f.SeenAt).Where(e => e.Input == "trace.log").Select(e => e.Line).ToHashSet();
        var onEvidence = SecretShapes.TraceLogLines(count).Count(evidenceLines.Contains);
        Assert.True(onEvidence >= MinEvidenceShare * count, $"only {onEvidence} of {count} shape lines are evidence");
    }
}
