namespace RulesEngine.Core.Inference.Explain;

/// <summary>What became of a rule for one ticket.</summary>
public enum RuleOutcome
{
    /// <summary>It concluded a confirmed finding.</summary>
    Confirmed,

    /// <summary>It concluded a suspected finding (its <c>confirm</c> items, if any, did not hold).</summary>
    Suspected,

    /// <summary>It inferred a fact.</summary>
    Inferred,

    /// <summary>It did not fire, but some of its conditions held.</summary>
    NearMiss,

    /// <summary>A family's rule whose symptom held, with no guess because a rule's own finding stands.</summary>
    Standby,

    /// <summary>None of its conditions held.</summary>
    NotMatched,
}
