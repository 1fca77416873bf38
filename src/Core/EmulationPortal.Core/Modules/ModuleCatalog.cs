using System.Reflection;

namespace EmulationPortal.Core.Modules;

public sealed record PortalModule(string Name, Assembly Assembly, IModuleStartup Startup);

/// <summary>
/// Finds the modules deployed beside the host: every <c>EmulationPortal.*.dll</c> in the
/// application folder that contains an <see cref="IModuleStartup"/>. Dropping an assembly in
/// is enough to enable a module; nothing lists them by hand.
/// </summary>
public sealed class ModuleCatalog
{
    public IReadOnlyList<PortalModule> Modules { get; }

    public ModuleCatalog(IReadOnlyList<PortalModule> modules) => Modules = modules;

    /// <summary>The core first (its migrations create the content tables), then modules by order.</summary>
    public IEnumerable<Assembly> AssembliesWithMigrations =>
        new[] { typeof(ModuleCatalog).Assembly }.Concat(Modules.Select(m => m.Assembly));

    public static ModuleCatalog Discover(string directory)
    {
        var modules = new List<PortalModule>();
        foreach (var path in Directory.EnumerateFiles(directory, "EmulationPortal.*.dll").Order(StringComparer.Ordinal))
        {
            if (TryLoad(path) is not { } assembly)
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
    private static Assembly? TryLoad(string path)
    {
        try
        {
            var name = AssemblyName.GetAssemblyName(path);
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
