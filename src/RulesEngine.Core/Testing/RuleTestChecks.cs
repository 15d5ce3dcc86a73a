using System.Globalization;
using RulesEngine.Core.Inference;
using RulesEngine.Core.Rules.Validation;

namespace RulesEngine.Core.Testing;

/// <summary>Compares a diagnosis with what a test case expects; each failure says what was expected and what came.</summary>
internal static class RuleTestChecks
{
    public static List<string> Check(RuleTestCase testCase, Diagnosis diagnosis, FactSchema schema)
    {
        var failures = new List<string>();
        var all = diagnosis.Findings.Select(f => f.Finding).ToList();

        // A family's guess is not a cause's conclusion: 'expect' and 'absent' judge the rules' own findings, 'family'
        // the guesses, 'no-findings' both.
        var found = all.Where(f => f.Family is null).ToList();
        foreach (var expected in testCase.Expect)
        {
            CheckExpected(expected, found, failures);
        }

        // An expected cause whose article does not render would reach the customer as an error: the case fails.
        foreach (var broken in diagnosis.Findings.Where(f => f.Finding.Family is null && testCase.Expect.Any(e => e.Article == f.Finding.Article) && f.RenderDiagnostics.Any(d => d.IsError)))
        {
            failures.Add($"expected {broken.Finding.Article}, but its article does not render for this ticket: {broken.RenderDiagnostics.First(d => d.IsError)}");
        }

        if (testCase.Family is { } family)
        {
            CheckFamily(family, all, diagnosis, failures);
        }

        foreach (var article in testCase.Absent.Where(a => found.Exists(f => f.Article == a)))
        {
            failures.Add($"expected no finding {article}, but found {Describe(found.First(f => f.Article == article))}");
        }

        // A question is named by its id or by words of its text; only open questions count (an answered one is closed).
        foreach (var question in testCase.Questions.Where(q => !diagnosis.OpenQuestions.Any(d => d.Id == q || d.Text.Contains(q, StringComparison.OrdinalIgnoreCase))))
        {
            var asked = diagnosis.OpenQuestions.IsEmpty ? "no question was asked"
                : "the questions were:\n    - " + string.Join("\n    - ", diagnosis.OpenQuestions.Select(d => d.Id is null ? d.Text : $"[{d.Id}] {d.Text}"));
            failures.Add($"expected a question with id or containing \"{question}\"; {asked}");
        }

        var inferred = diagnosis.Facts.OfType<Facts.InferredFact>().ToList();
        foreach (var expected in testCase.Inferred.Where(e => !inferred.Exists(e.Matches)))
        {
            var same = inferred.Where(f => f.Kind == expected.Kind).Select(Describe).ToList();
            failures.Add($"expected the inferred fact {expected}, but {(same.Count == 0 ? "none of that kind was inferred" : "only " + string.Join("; ", same))}");
        }

        foreach (var forbidden in testCase.NotInferred)
        {
            if (inferred.Find(forbidden.Matches) is { } fact)
            {
                failures.Add($"expected no inferred fact {forbidden}, but rule {fact.RuleId} inferred {Describe(fact)}");
            }
        }

        CheckExtracted(testCase, diagnosis, schema, failures);
        if (testCase.NoFindings && all.Count > 0)
        {
            failures.Add($"expected no findings, but found {string.Join(", ", all.Select(Describe))}");
        }

        return failures;
    }

    // Extracted facts are judged by the kinds' catalog fields, the names rules use; an unknown kind or field was
    // reported before the case ran (RuleTestReferences), so here it simply does not match.
    private static void CheckExtracted(RuleTestCase testCase, Diagnosis diagnosis, FactSchema schema, List<string> failures)
    {
        foreach (var expected in testCase.Extracted)
        {
            var kind = schema.Find(expected.Kind);
            var same = kind is null ? [] : diagnosis.Facts.Where(f => f.GetType() == kind.ClrType).ToList();
            if (kind is null || !same.Exists(f => expected.Matches(f, kind)))
            {
                var actual = same.Count == 0 ? "none of that kind was extracted" : "only " + string.Join("; ", same.Take(6).Select(f => Describe(f, kind!, expected)));
                failures.Add($"expected the extracted fact {expected}, but {actual}");
            }
        }

        foreach (var forbidden in testCase.NotExtracted)
        {
            if (schema.Find(forbidden.Kind) is { } kind && diagnosis.Facts.FirstOrDefault(f => forbidden.Matches(f, kind)) is { } fact)
            {
                failures.Add($"expected no extracted fact {forbidden}, but found {Describe(fact, kind, forbidden)} at {fact.Evidence.Input}({fact.Evidence.Line},{fact.Evidence.Column})");
            }
        }
    }

    // The fields the expectation names, as the fact has them.
    private static string Describe(Facts.Fact fact, Facts.FactKind kind, ExpectedFact expected) =>
        $"{expected.Kind} {{ {string.Join(", ", expected.Fields.Keys.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k}: {Value(kind.Fields.GetValueOrDefault(k)?.Get(fact))}")))} }}";

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => text,
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>()) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static void CheckFamily(string family, List<Finding> all, Diagnosis diagnosis, List<string> failures)
    {
        var members = diagnosis.Fired.Where(f => f.Rule.Family == family).Select(f => f.Rule.Article).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shown = all.Where(f => f.Family == family).Select(f => f.Article).Order(StringComparer.Ordinal).ToList();
        if (members.Count == 0 || !shown.SequenceEqual(members) || shown.Count != all.Count)
        {
            var actual = all.Count == 0 ? "no findings" : string.Join(", ", all.Select(Describe));
            failures.Add($"expected the guesses of family {family} as the only findings ({(members.Count == 0 ? "it did not fire" : string.Join(", ", members))}), but found {actual}");
        }
    }

    private static void CheckExpected(ExpectedFinding expected, List<Finding> found, List<string> failures)
    {
        var finding = found.Find(f => f.Article == expected.Article);
        if (finding is null)
        {
            var actual = found.Count == 0 ? "no findings" : string.Join(", ", found.Select(Describe));
            failures.Add($"expected finding {expected.Article}{StatusText(expected.Status)}, but it was not found; found: {actual}");
            return;
        }

        if (expected.Status is { } status && finding.Status != status)
        {
            failures.Add($"expected {expected.Article} {Name(status)}, got {Describe(finding)}");
        }

        if (finding.Confidence < expected.MinConfidence || finding.Confidence > expected.MaxConfidence)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"expected {expected.Article} with confidence in {expected.MinConfidence:0.###}..{expected.MaxConfidence:0.###}, got {finding.Confidence:0.###}"));
        }

        if (expected.Top && found[0] != finding)
        {
            failures.Add($"expected {expected.Article} ranked first, but {Describe(found[0])} outranks it (ranking: {string.Join(", ", found.Select(f => f.Article))})");
        }

        if (expected.Rule is { } rule && finding.RuleId != rule)
        {
            failures.Add($"expected {expected.Article} from rule {rule}, got it from rule {finding.RuleId}");
        }

        foreach (var (input, line) in expected.Evidence.Where(e => !finding.AllEvidence.Any(x => x.Input == e.Input && x.Line == e.Line)))
        {
            var actual = string.Join(", ", finding.AllEvidence.Select(e => $"{e.Input}({e.Line},{e.Column})"));
            failures.Add($"expected {expected.Article} to rest on {input} line {line}; its evidence: {actual}");
        }
    }

    private static string Describe(Finding finding) =>
        string.Create(CultureInfo.InvariantCulture, $"{finding.Article} ({Name(finding.Status)} {finding.Confidence:0.##}, rule {finding.RuleId}{(finding.Family is { } family ? ", a guess of family " + family : "")})");

    private static string StatusText(FindingStatus? status) => status is { } s ? " " + Name(s) : "";

    private static string Name(FindingStatus status) => status == FindingStatus.Confirmed ? "confirmed" : "suspected";

    private static string Describe(Facts.InferredFact fact) =>
        $"{fact.Kind} {{ {string.Join(", ", fact.Values.Where(v => v.Value is not Facts.Fact).Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Key}: {v.Value}")))} }}";
}
