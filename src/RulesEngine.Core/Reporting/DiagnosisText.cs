using System.Globalization;
using System.Text;
using RulesEngine.Core.Inference;

namespace RulesEngine.Core.Reporting;

/// <summary>Writes a diagnosis for people: plain text for a terminal, or Markdown for a ticket or chat.</summary>
public static class DiagnosisText
{
    // A ticket without a known cause lists what was found; a 20 MB log stays readable.
    private const int MaxFacts = 50;

    /// <summary>Formats <paramref name="diagnosis"/> as text (<paramref name="markdown"/> false) or Markdown.</summary>
    public static string Write(Diagnosis diagnosis, bool markdown)
    {
        var text = new StringBuilder();
        foreach (var cut in diagnosis.Cuts)
        {
            text.AppendLine(markdown ? $"> **Partial diagnosis:** {cut.Message}." : $"PARTIAL DIAGNOSIS: {cut.Message}.");
        }

        if (diagnosis.IsPartial)
        {
            text.AppendLine();
        }

        if (diagnosis.Findings.Count == 0)
        {
            text.AppendLine(markdown ? "**No known cause matched this ticket.**" : "No known cause matched this ticket.");
            AppendFacts(text, diagnosis);
            return text.ToString();
        }

        for (var i = 0; i < diagnosis.Findings.Count; i++)
        {
            AppendFinding(text, diagnosis.Findings[i], i + 1, markdown);
        }

        foreach (var yielded in diagnosis.Yielded)
        {
            var status = yielded.Finding.Status == FindingStatus.Confirmed ? "confirmed" : "suspected";
            text.AppendLine(CultureInfo.InvariantCulture, $"Also {status}, and hidden by the stronger look-alike {yielded.To}: {yielded.Finding.Article} (rule {yielded.Finding.RuleId}).").AppendLine();
        }

        if (diagnosis.Questions.Count > 0)
        {
            text.AppendLine(markdown ? "## Questions to ask" : "QUESTIONS TO ASK").AppendLine();
            foreach (var question in diagnosis.OpenQuestions)
            {
                text.Append("- ").AppendLine(QuestionLine(question, markdown));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static void AppendFinding(StringBuilder text, DiagnosedFinding diagnosed, int rank, bool markdown)
    {
        var finding = diagnosed.Finding;
        var status = finding.Status == FindingStatus.Confirmed ? "confirmed" : "suspected";
        var confidence = (finding.Confidence * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
        var heading = $"{rank}. {diagnosed.Article.Title} [{finding.Article}] — {status}, confidence {confidence}";
        text.AppendLine(markdown ? "# " + heading : heading);
        if (!markdown)
        {
            text.AppendLine(new string('=', Math.Min(heading.Length, 100)));
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Rule: {finding.RuleId}");
        if (finding.Family is { } family)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Family: {family}. No rule fits this ticket fully: this is one of the causes its symptom suggests, and its resolution is shown once an answer to the questions below confirms it.");
        }

        foreach (var adjustment in finding.Adjustments)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Confidence ×{adjustment.Factor:0.##}: {adjustment.Note}.");
        }

        text.AppendLine().AppendLine("Evidence:");
        foreach (var evidence in finding.Evidence)
        {
            var where = $"{evidence.Input}({evidence.Line},{evidence.Column})";
            text.AppendLine(markdown ? $"- `{where}`: {evidence.Text}" : $"  {where}: {evidence.Text}");
        }

        if (finding.MoreEvidence > 0)
        {
            var more = string.Create(CultureInfo.InvariantCulture, $"… and {finding.MoreEvidence:N0} more matching lines ({finding.Matches:N0} combinations of facts matched)");
            text.AppendLine(markdown ? $"- {more}" : $"  {more}");
        }

        if (diagnosed.Step is { ForThisTicket: true } step)
        {
            var applies = string.Create(CultureInfo.InvariantCulture, $"Step {step.Step.Number} applies to this ticket: {step.Step.Text}");
            text.AppendLine().AppendLine(markdown ? $"**{applies}**" : applies);
        }

        text.AppendLine();
        if (diagnosed.Resolution is { } resolution)
        {
            text.AppendLine(resolution.TrimEnd()).AppendLine();
        }

        foreach (var error in diagnosed.RenderDiagnostics)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"(the article could not be rendered: {error})");
        }
    }

    // An id'd question shows the id and answers it takes, so the reader can answer with --answer ID=VALUE.
    private static string QuestionLine(Questions.Question question, bool markdown)
    {
        if (question.Id is null)
        {
            return question.Text;
        }

        var accepts = question.Options.IsEmpty ? Questions.AnswerTypes.Name(question.Answer) : string.Join("|", question.Options);
        return markdown ? $"`{question.Id}` ({accepts}): {question.Text}" : $"[{question.Id}] ({accepts}) {question.Text}";
    }

    private static void AppendFacts(StringBuilder text, Diagnosis diagnosis)
    {
        if (diagnosis.Facts.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Facts found:");
        foreach (var fact in diagnosis.Facts.Take(MaxFacts))
        {
            var repeats = fact.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (×{fact.Count:N0}, last at line {fact.Seen.Last!.Line})") : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"- {fact.Evidence.Input}({fact.Evidence.Line},{fact.Evidence.Column}): {fact.Evidence.Text}{repeats}");
        }

        if (diagnosis.Facts.Count > MaxFacts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- … and {diagnosis.Facts.Count - MaxFacts:N0} more facts (the JSON report lists them all with --all-facts)");
        }
    }
}
