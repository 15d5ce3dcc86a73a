namespace RulesEngine.Core.Facts;

/// <summary>Base of every fact the engine reasons about; each fact knows the evidence it came from.</summary>
/// <remarks>Facts are records: NRules compares fact identity by equality, so two facts with the same values and
/// the same evidence are one fact.</remarks>
public abstract record Fact
{
    /// <summary>Where the fact was found; inferred facts carry the evidence of the first fact they were inferred from.</summary>
    public required Evidence Evidence { get; init; }
}
