namespace RulesEngine.Core.Tests.Hostile;

/// <summary>One hostile input shape: its name, what it is, and how to make a ticket of it at a size in characters.</summary>
public sealed record HostileCase(string Name, string Description, Func<int, IReadOnlyList<TicketInput>> Make);
