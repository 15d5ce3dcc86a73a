using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RulesEngine.Server.Triage.Contract;

/// <summary>A fact read from the inputs or inferred by a rule. Its other fields depend on its kind (the fact catalog of
/// <c>triage facts</c>), so this object is open: any further property is one of the kind's fields.</summary>
internal sealed record ReportFact(
    [property: Description("The fact kind, e.g. http-error, certificate, service-key.")] string Kind,
    [property: Description("Where the fact was first read.")] ReportEvidence Evidence)
{
    [JsonPropertyName("last_evidence")]
    [Description("Where it was last read, when the input repeated it.")]
    public ReportEvidence? LastEvidence { get; init; }

    /// <summary>The kind's own fields (count, status, url, ...), by name. A dictionary because System.Text.Json takes no read-only one here.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Fields { get; init; }
}
