namespace RulesEngine.Core.Inference;

/// <summary>How sure a finding is: suspected (a cause fits, a deciding fact is missing) or confirmed.</summary>
public enum FindingStatus
{
    Suspected,
    Confirmed,
}
