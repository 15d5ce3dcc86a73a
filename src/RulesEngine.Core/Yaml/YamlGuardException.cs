using YamlDotNet.Core;

namespace RulesEngine.Core.Yaml;

/// <summary>Raised by <see cref="GuardedParser"/> and turned into a diagnostic by <see cref="SafeYamlReader"/>.</summary>
internal sealed class YamlGuardException(Mark start, Mark end, string message, bool tooDeep = false)
    : YamlException(start, end, message)
{
    public bool TooDeep { get; } = tooDeep;
}
