namespace RulesEngine.Core.Tests.Redaction;

/// <summary>One secret as it is written somewhere: its family, how it is written, the text holding it, the secret
/// value, and the text as redaction must leave it.</summary>
/// <param name="Family">The kind of secret, e.g. "password" or "vendor-token".</param>
/// <param name="Syntax">How it is written, e.g. "env", "json", "prose-de".</param>
/// <param name="Text">One line holding the secret.</param>
/// <param name="Secret">The secret value, as it appears in <paramref name="Text"/>.</param>
/// <param name="Expected">The line once redacted: the key and the shape kept, the value masked.</param>
public sealed record SecretShape(string Family, string Syntax, string Text, string Secret, string Expected)
{
    /// <summary>Pieces of the secret that must not appear in any output: the whole of a short one, every 24 characters
    /// of a long one, and each part between @, / and : (a secret that is only partly masked leaks too).</summary>
    public IEnumerable<string> LeakMarkers =>
        (Secret.Length <= 32 ? [Secret] : Enumerable.Range(0, Secret.Length / 24).Select(i => Secret.Substring(i * 24, 24)))
            .Concat(Secret.Split('@', '/', ':').Where(part => part.Length >= 6 && part != Secret));

    public override string ToString() => $"{Family}/{Syntax}";
}
