using RulesEngine.Core.Diagnostics;

namespace RulesEngine.Core.Bundles;

/// <summary>A bundle or key refused, with a stable code and the reason, naming the file.</summary>
public sealed class BundleException : Exception
{
    public BundleException()
        : this(DiagnosticCode.BundleUnreadable, "", "the bundle was refused")
    {
    }

    public BundleException(string message)
        : this(DiagnosticCode.BundleUnreadable, "", message)
    {
    }

    public BundleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostic = Diagnostic.Error(DiagnosticCode.BundleUnreadable, SourceSpan.File(""), message);
    }

    internal BundleException(DiagnosticCode code, string file, string message)
        : base(message)
    {
        Diagnostic = Diagnostic.Error(code, SourceSpan.File(file), message);
    }

    /// <summary>The refusal as a diagnostic: its code, the file, and what to do.</summary>
    public Diagnostic Diagnostic { get; }
}
