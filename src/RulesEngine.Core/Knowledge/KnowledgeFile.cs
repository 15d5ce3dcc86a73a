namespace RulesEngine.Core.Knowledge;

/// <summary>One file of a knowledge base: its name below the knowledge base's root (<c>rules/cpi-inbound/untrusted-ca.yaml</c>,
/// <c>kb/packages.yaml</c>, always '/' and always those two folder names) and where it lies on disk.</summary>
internal sealed record KnowledgeFile(string Name, string FullPath);
