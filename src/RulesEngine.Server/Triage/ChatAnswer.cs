using System.Globalization;
using System.Text;
using RulesEngine.Core.Inference;

namespace RulesEngine.Server.Triage;

/// <summary>The short Markdown answer for a chat bubble: the likely cause, the step of its resolution that applies (as the
/// article marks it), and the
/// question that would decide it while it is only suspected.</summary>
internal static class ChatAnswer
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
        // The article's own step, as data: the one its template said applies to this ticket, else its first.
        if (top.Step is { } step)
        {
            text.Append(step.ForThisTicket ? string.Create(CultureInfo.InvariantCulture, $"\n\n**Step {step.Step.Number} applies:** ") : "\n\n**First step:** ").Append(step.Step.Text);
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
}
