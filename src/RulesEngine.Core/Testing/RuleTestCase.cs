using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Testing;

/// <summary>One test case: a ticket (its inputs) and what the knowledge base must conclude from it.</summary>
/// <param name="Span">Where the case starts in its file.</param>
/// <param name="Name">What the case shows, for people.</param>
/// <param name="Now">The time the ticket is judged at.</param>
/// <param name="Inputs">The ticket's inputs, already read (file inputs relative to the test file).</param>
/// <param name="Expect">Findings that must be present.</param>
/// <param name="Absent">Articles that must not be found.</param>
/// <param name="Questions">Question ids, or texts each of which must occur in some open question of the diagnosis.</param>
/// <param name="NoFindings">True when the case expects no finding at all.</param>
public sealed record RuleTestCase(
    SourceSpan Span,
    string Name,
    DateTimeOffset Now,
    IReadOnlyList<TicketInput> Inputs,
    IReadOnlyList<ExpectedFinding> Expect,
    IReadOnlyList<string> Absent,
    IReadOnlyList<string> Questions,
    bool NoFindings)
{
    /// <summary>Inferred facts that must be present.</summary>
    internal IReadOnlyList<ExpectedFact> Inferred { get; init; } = [];

    /// <summary>Inferred facts that must not be present.</summary>
    internal IReadOnlyList<ExpectedFact> NotInferred { get; init; } = [];

    /// <summary>Extracted facts that must be present (<c>facts:</c>).</summary>
    internal IReadOnlyList<ExpectedFact> Extracted { get; init; } = [];

    /// <summary>Extracted facts that must not be present (<c>no-facts:</c>).</summary>
    internal IReadOnlyList<ExpectedFact> NotExtracted { get; init; } = [];

    /// <summary>The family whose guesses must be the findings, all of its articles and nothing else (<c>family:</c>): the
    /// ticket shows the family's symptom and no rule fits fully.</summary>
    internal string? Family { get; init; }

    /// <summary>The customer's answers the ticket comes with (<c>answers:</c>), in file order.</summary>
    internal IReadOnlyList<GivenAnswer> Answers { get; init; } = [];

    /// <summary>The positioned errors of a case that is written wrong; such a case is not run and counts as failed.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
