using RulesEngine.Core.Inference;
using RulesEngine.Core.Reporting;
using RulesEngine.Core.Tests.Seed;

namespace RulesEngine.Core.Tests.Corpus;

/// <summary>Looks for planted secrets in everything a diagnosis shows: JSON, text and Markdown reports, facts, rendered
/// resolutions and questions.</summary>
internal static class SecretOutputs
{
    public static void AssertNone(IReadOnlyList<string> secrets, Diagnosis diagnosis, string what)
    {
        var knowledgeBase = SeedKnowledgeBase.Instance;
        var outputs = new List<(string Format, string Text)>
        {
            ("JSON", DiagnosisJson.Serialize(diagnosis, knowledgeBase)),
            ("text", DiagnosisText.Write(diagnosis, markdown: false)),
            ("Markdown", DiagnosisText.Write(diagnosis, markdown: true)),
        };
        outputs.AddRange(diagnosis.Facts.Select(f => ("fact", f.ToString())));
        outputs.AddRange(diagnosis.Findings.Select(f => ("resolution", f.Resolution ?? string.Join("\n", f.RenderDiagnostics))));
        outputs.AddRange(diagnosis.Questions.Select(q => ("question", q)));

        foreach (var (format, text) in outputs)
        {
            var leaked = secrets.FirstOrDefault(s => text.Contains(s, StringComparison.Ordinal));
            Assert.True(leaked is null, $"A planted secret ({leaked}) appears in the {format} output for {what}:\n{Around(text, leaked)}");
        }
    }

    private static string Around(string text, string? secret)
    {
        var at = secret is null ? 0 : text.IndexOf(secret, StringComparison.Ordinal);
        var start = Math.Max(0, at - 120);
        return text[start..Math.Min(text.Length, at + 160)];
    }
}
