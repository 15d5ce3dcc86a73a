namespace RulesEngine.Server.Tests.Support;

/// <summary>A server on a <see cref="SeedKnowledgeBase"/> with the given settings.</summary>
internal sealed class SeedServer : IAsyncDisposable
{
    private readonly SeedKnowledgeBase _knowledge;

    private SeedServer(SeedKnowledgeBase knowledge, RunningServer server)
    {
        _knowledge = knowledge;
        Server = server;
    }

    public RunningServer Server { get; }

    public SeedKnowledgeBase Knowledge => _knowledge;

    public static async Task<SeedServer> StartAsync(params string[] settings)
    {
        var knowledge = new SeedKnowledgeBase();
        try
        {
            return new SeedServer(knowledge, await RunningServer.StartAsync(knowledge.Rules, knowledge.Kb, settings));
        }
        catch
        {
            knowledge.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _knowledge.Dispose();
    }
}
