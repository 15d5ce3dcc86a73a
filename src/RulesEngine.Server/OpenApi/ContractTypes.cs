namespace RulesEngine.Server.OpenApi;

/// <summary>The types whose schemas are closed (no undescribed property): the server's own and Core's report records.</summary>
internal static class ContractTypes
{
    public static bool IsOurs(Type type) =>
        type.Namespace is { } name && (name.StartsWith("RulesEngine.Server", StringComparison.Ordinal) || name == "RulesEngine.Core.Reporting.Contract");
}
