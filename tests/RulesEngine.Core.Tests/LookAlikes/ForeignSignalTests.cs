using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Tests.Support;

namespace RulesEngine.Core.Tests.LookAlikes;

/// <summary>RE2026: a rule that names another cause's signal couples the two files (each new look-alike would edit the
/// older causes). The warning points at the name and says what to do; a signal in a file that concludes no cause is
/// shared and fine.</summary>
public sealed class ForeignSignalTests
{
    private const string Specific = "signals:\n  - name: specific-line\n    keywords: [\"not configured\"]\nrules:\n  - id: specific\n    article: specific\n    when:\n      - signal: { name: specific-line }\n";

    [Fact]
    public void Validate_NotOfAnotherCausesSignal_WarningAtTheName()
    {
        var diagnostics = Load(("rules/specific.yaml", Specific), ("rules/generic.yaml", "rules:\n  - id: generic\n    article: generic\n    when:\n      - http-error: { status: 401 }\n      - not: { signal: { name: specific-line } }\n"));

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCode.ForeignSignalExcluded, false, "rules/generic.yaml", 6, 32), (warning.Code, warning.IsError, warning.Span.Path, warning.Span.Line, warning.Span.Column));
        Assert.Contains("'specific-line' is the signal of another cause (specific, declared in rules/specific.yaml)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'yields-to: [specific]'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SignalOfASharedFile_NoWarning()
    {
        var shared = "signals:\n  - name: specific-line\n    keywords: [\"not configured\"]\n";
        var specific = "rules:\n  - id: specific\n    article: specific\n    when:\n      - signal: { name: specific-line }\n";

        Assert.Empty(Load(("rules/shared.yaml", shared), ("rules/specific.yaml", specific), ("rules/generic.yaml", "rules:\n  - id: generic\n    article: generic\n    when:\n      - http-error: { status: 401 }\n      - not: { signal: { name: specific-line } }\n")));
    }

    [Fact]
    public void Validate_LookAlikeDeclaredWithYieldsTo_NoWarning()
    {
        Assert.Empty(Load(("rules/specific.yaml", Specific), ("rules/generic.yaml", "rules:\n  - id: generic\n    article: generic\n    when:\n      - http-error: { status: 401 }\n    yields-to: [specific]\n")));
    }

    private static IReadOnlyList<Diagnostic> Load(params (string Path, string Text)[] files)
    {
        using var folder = new TempFolder();
        foreach (var (path, text) in files)
        {
            folder.Write(path, text);
        }

        folder.WriteArticle("specific");
        folder.WriteArticle("generic");
        return folder.LoadKnowledgeBase().Diagnostics;
    }
}
