using System.Text.Json.Serialization;
using RulesEngine.Core.Reporting.Contract;

namespace RulesEngine.Core.Reporting;

/// <summary>Source-generated serialization of the report records: no reflection over them at run time. A fact's open
/// fields are <see cref="System.Text.Json.JsonElement"/>s already.</summary>
[JsonSerializable(typeof(DiagnoseReport))]
[JsonSerializable(typeof(ExplainReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
