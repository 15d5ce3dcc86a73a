using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RulesEngine.Core.Inference;

namespace RulesEngine.Server.Triage;

/// <summary>The short Markdown answer for a chat bubble: the likely cause, the first step of its resolution, and the
/// question that would decide it while it is only suspected.</summary>
internal static partial class ChatAnswer
{
    public static string Write(Diagnosis diagnosis)
    {
        if (diagnosis.Findings.Count == 0)
        {
            return "**No known cause matched this ticket yet.** Please send the exact error message (with its HTTP status), "
                + "the name of the integration package, and the trace log lines around the failure time.";
        }

        if (diagnosis.Findings[0].Finding.Family is not null)
        {
            return FamilyAnswer(diagnosis);
        }

        var top = diagnosis.Findings[0];
        var finding = top.Finding;
        var confirmed = finding.Status == FindingStatus.Confirmed;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"**Likely cause:** {top.Article.Title} (article {finding.Article}) — {(confirmed ? "confirmed" : "suspected")}, {finding.Confidence:0%} sure.");
        if (top.Resolution is { } resolution && FirstStep(resolution) is { } step)
        {
            text.Append("\n\n**First step:** ").Append(step);
        }

        var question = finding.Questions.Count > 0 ? finding.Questions[0].Text
            : !confirmed && diagnosis.Questions.Count > 0 ? diagnosis.Questions[0] : null;
        if (question is not null)
        {
            text.Append("\n\n**To be sure:** ").Append(question);
        }

        return text.ToString();
    }

    // No rule fits fully: name the causes the symptom suggests and ask what tells them apart, never a resolution.
    private static string FamilyAnswer(Diagnosis diagnosis)
    {
        var text = new StringBuilder("**Possible causes** (no known cause fits this ticket fully yet):");
        foreach (var guess in diagnosis.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- {guess.Article.Title} (article {guess.Finding.Article})");
        }

        if (diagnosis.Questions.Count > 0)
        {
            text.Append("\n\n**To tell them apart:** ").Append(diagnosis.Questions[0]);
        }

        return text.ToString();
    }

    /// <summary>The first item of the first numbered list in the resolution, continuation lines joined.</summary>
    internal static string? FirstStep(string resolution)
    {
        var lines = resolution.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = FirstItem().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var step = new StringBuilder(match.Groups["text"].Value.Trim());
            for (var j = i + 1; j < lines.Length && ContinuationLine().IsMatch(lines[j]); j++)
            {
                step.Append(' ').Append(lines[j].Trim());
            }

            return step.ToString();
        }

        return null;
    }

    [GeneratedRegex(@"^\s{0,3}1[.)]\s+(?<text>\S.*)$")]
    private static partial Regex FirstItem();

    // Indented, not blank, not a nested list or the next item.
    [GeneratedRegex(@"^\s{2,}(?![-*+]\s|\d+[.)]\s)\S")]
    private static partial Regex ContinuationLine();
}
