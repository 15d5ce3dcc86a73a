using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using RulesEngine.Core;

namespace RulesEngine.Cli.Tests;

/// <summary>Core's public surface is what the front ends use: every public type of Core is named by the CLI or the
/// server, or reached from one they name through its public members. Anything else is internal (Core's own tests see
/// internals), so a new helper does not become API by accident.</summary>
public sealed class PublicSurfaceTests
{
    private static readonly Assembly Core = typeof(KnowledgeBase).Assembly;

    [Fact]
    public void CorePublicTypes_AreUsedByTheFrontEnds()
    {
        var named = new[] { typeof(TriageCli).Assembly, Assembly.Load("RulesEngine.Server") }.SelectMany(NamedCoreTypes);
        var reached = Reachable(named);

        var unused = Core.GetExportedTypes().Where(t => !reached.Contains(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.True(unused.Count == 0, "public in Core but used by no front end: " + string.Join(", ", unused));
    }

    // The Core types an assembly's metadata references by name.
    private static IEnumerable<Type> NamedCoreTypes(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = metadata.TypeReferences
            .Select(metadata.GetTypeReference)
            .Where(r => r.ResolutionScope.Kind == HandleKind.AssemblyReference
                && metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)r.ResolutionScope).Name) == Core.GetName().Name)
            .Select(r => metadata.GetString(r.Namespace) + "." + metadata.GetString(r.Name))
            .ToList();
        return names.Select(Core.GetType).OfType<Type>();
    }

    // The closure of the named types over their public signatures: base types, interfaces, members' types, generic arguments.
    private static HashSet<Type> Reachable(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (type.IsGenericType && !type.IsGenericTypeDefinition)
            {
                foreach (var argument in type.GetGenericArguments().Append(type.GetGenericTypeDefinition()))
                {
                    pending.Push(argument);
                }

                continue;
            }

            if (type.HasElementType)
            {
                pending.Push(type.GetElementType()!);
                continue;
            }

            if (type.Assembly != Core || !seen.Add(type))
            {
                continue;
            }

            foreach (var related in Signature(type))
            {
                pending.Push(related);
            }
        }

        return seen;
    }

    private static IEnumerable<Type> Signature(Type type)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var members = type.GetMembers(Public);
        return members.SelectMany(m => m switch
            {
                PropertyInfo p => [p.PropertyType],
                FieldInfo f => [f.FieldType],
                MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
                ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
                EventInfo e => [e.EventHandlerType!],
                Type nested => [nested],
                _ => Enumerable.Empty<Type>(),
            })
            .Concat(type.GetInterfaces())
            .Concat(type.BaseType is { } baseType ? [baseType] : []);
    }
}
