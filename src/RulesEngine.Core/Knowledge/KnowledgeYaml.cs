using RulesEngine.Core.Diagnostics;
using RulesEngine.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace RulesEngine.Core.Knowledge;

/// <summary>Calls <see cref="SafeYamlReader"/> and turns the one failure it lets through into a diagnostic.</summary>
internal static class KnowledgeYaml
{
    /// <summary>Parses <paramref name="text"/>; YamlDotNet 18.1.0 throws <see cref="InvalidOperationException"/>
    /// on an unclosed flow list followed by a key (<c>a: [x</c> then <c>b: 1</c>), reported here at the first YAML line.</summary>
    public static YamlNode? Read(string path, string text, DiagnosticBag bag, int lineOffset)
    {
        try
        {
            return SafeYamlReader.Read(path, text, bag, lineOffset);
        }
        catch (InvalidOperationException)
        {
            bag.Error(DiagnosticCode.YamlSyntax, SourceSpan.At(path, lineOffset + 1, 1), "YAML syntax: the text does not parse; look for a '[' or '{' that is not closed");
            return null;
        }
    }
}
