namespace RulesEngine.Core.Tests.Knowledge;

/// <summary>Render models shaped like the engine's: a finding with its facts, and the time of the diagnosis.</summary>
internal static class RenderModels
{
    public static readonly DateTimeOffset Now = new(2024, 9, 26, 10, 15, 0, TimeSpan.FromHours(2));

    public static Dictionary<string, object?> Finding() => new()
    {
        ["now"] = Now,
        ["finding"] = new Dictionary<string, object?>
        {
            ["article"] = "3474524",
            ["status"] = "suspected",
            ["confidence"] = 0.6,
            ["packages"] = new List<object?> { "Packaged Integration - SF EC to WFS" },
            ["certificate"] = new Dictionary<string, object?> { ["subject"] = "CN=wfs-client", ["expired"] = false },
            ["seen"] = Now,
        },
    };

    public static Dictionary<string, object?> FindingOf(Dictionary<string, object?> model) =>
        (Dictionary<string, object?>)model["finding"]!;
}
