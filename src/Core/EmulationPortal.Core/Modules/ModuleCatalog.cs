using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace EmulationPortal.Core.Modules;

public sealed record PortalModule(string Name, Assembly Assembly, IModuleStartup Startup);

/// <summary>
/// Finds the modules deployed beside the host: every <c>EmulationPortal.*.dll</c> in the
/// application folder that contains an <see cref="IModuleStartup"/>. Dropping an assembly in
/// is enough to enable a module; nothing lists them by hand. <c>Portal:Modules:Add</c> names more
/// assemblies by name (the functional tests load their test module so, and only in the sites that ask).
/// </summary>
public sealed class ModuleCatalog
{
    public IReadOnlyList<PortalModule> Modules { get; }

    public ModuleCatalog(IReadOnlyList<PortalModule> modules) => Modules = modules;

    /// <summary>The core first (its migrations create the content tables), then modules by order.</summary>
    public IEnumerable<Assembly> AssembliesWithMigrations =>
        new[] { typeof(ModuleCatalog).Assembly }.Concat(Modules.Select(m => m.Assembly));

    public const string AddSection = "Portal:Modules:Add";

    public static ModuleCatalog Discover(string directory, IConfiguration? configuration = null)
    {
        var modules = new List<PortalModule>();
        var named = configuration?.GetSection(AddSection).Get<string[]>() ?? [];
        var assemblies = Directory.EnumerateFiles(directory, "EmulationPortal.*.dll").Order(StringComparer.Ordinal)
            .Select(path => TryLoad(() => AssemblyName.GetAssemblyName(path)))
            .Concat(named.Select(name => TryLoad(() => new AssemblyName(name)) ?? throw new InvalidOperationException($"{AddSection} names '{name}', which cannot be loaded.")));
        foreach (var assembly in assemblies)
        {
            if (assembly is null)
            {
                continue;
            }
            foreach (var type in SafeTypes(assembly).Where(IsStartup))
            {
                modules.Add(new PortalModule(assembly.GetName().Name!, assembly, (IModuleStartup)Activator.CreateInstance(type)!));
            }
        }
        return new ModuleCatalog(modules.OrderBy(m => m.Startup.Order).ThenBy(m => m.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Only what the host's own dependencies can load: an assembly that merely lies in the folder
    /// (a test assembly beside the host, say) is not one of its modules.
    /// </summary>
    private static Assembly? TryLoad(Func<AssemblyName> assemblyName)
    {
        try
        {
            var name = assemblyName();
            return AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name))
                ?? Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    private static bool IsStartup(Type type) =>
        typeof(IModuleStartup).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false };

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
