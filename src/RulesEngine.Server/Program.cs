namespace RulesEngine.Server;

internal static class Program
{
    public static Task<int> Main(string[] args) => TriageServer.RunAsync(args);
}
