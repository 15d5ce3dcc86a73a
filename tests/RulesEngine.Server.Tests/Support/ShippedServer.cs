namespace RulesEngine.Server.Tests.Support;

/// <summary>One server on the shipped knowledge base with default settings, shared by a test class.</summary>
public sealed class ShippedServer : IAsyncLifetime
{
    private RunningServer? _server;

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
