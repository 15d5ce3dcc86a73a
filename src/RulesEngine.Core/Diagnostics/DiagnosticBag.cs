namespace RulesEngine.Core.Diagnostics;

/// <summary>Collects diagnostics while a loader walks its input; the one mutable piece of loading.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The diagnostics collected so far.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was collected.</summary>
    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(DiagnosticCode code, SourceSpan span, string message) => Add(Diagnostic.Error(code, span, message));

    public void Warning(DiagnosticCode code, SourceSpan span, string message) => Add(Diagnostic.Warning(code, span, message));
}
