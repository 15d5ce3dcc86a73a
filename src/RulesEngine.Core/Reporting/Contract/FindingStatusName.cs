using System.Text.Json.Serialization;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>A finding's status as the report writes it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingStatusName>))]
public enum FindingStatusName
{
    /// <summary>The rule's confirming condition held.</summary>
    [JsonStringEnumMemberName("confirmed")]
    Confirmed,

    /// <summary>Only the rule's recognising conditions held: ask its question.</summary>
    [JsonStringEnumMemberName("suspected")]
    Suspected,
}
