using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RulesEngine.Core.Reporting.Contract;

/// <summary>A fact read from the inputs or inferred by a rule. Its other fields depend on its kind (the fact catalog of
/// <c>triage facts</c>), so this object is open: any further property is one of the kind's fields.</summary>
public sealed record ReportFact
{
    public ReportFact(string kind, ReportEvidence evidence, IReadOnlyDictionary<string, JsonElement> kindFields, ReportEvidence? lastEvidence = null)
    {
        Kind = kind;
        Evidence = evidence;
        LastEvidence = lastEvidence;
        ExtensionFields = new Dictionary<string, JsonElement>(kindFields, StringComparer.Ordinal);
    }

    [Description("The fact kind, e.g. http-error, certificate, service-key.")]
    public string Kind { get; }

    [Description("Where the fact was first read.")]
    public ReportEvidence Evidence { get; }

    [JsonPropertyName("last_evidence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [Description("Where it was last read, when the input repeated it; absent otherwise.")]
    public ReportEvidence? LastEvidence { get; }

    /// <summary>The kind's own fields (count, status, url, ...), by name.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> Fields => ExtensionFields.AsReadOnly();

    // System.Text.Json writes extension data only from a dictionary: this one is a private copy no caller can change.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement> ExtensionFields { get; }
}
