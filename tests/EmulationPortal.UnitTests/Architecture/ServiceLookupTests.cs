using System.Text.RegularExpressions;

namespace EmulationPortal.UnitTests.Architecture;

/// <summary>Rules of the code's shape that no compiler checks, read from the source itself.</summary>
public sealed partial class ServiceLookupTests
{
    /// <summary>
    /// Where services may be looked up by hand: the composition code that registers them and the
    /// command line's entry point. Everything else takes its services in its constructor.
    /// </summary>
    private static readonly string[] CompositionFiles =
    [
        "Startup.cs",
        "Program.cs",
        "PortalMvcServices.cs",
        "Core/EmulationPortal.Core/Setup/CoreServices.cs",
        "Web/Cli/PortalCommand.cs",
        // The output-cache store is made from the options that hold this policy: looked up once, it breaks the cycle.
        "Mvc/EmulationPortal.Mvc/Caching/PublicPageCache.cs",
    ];

    [Fact]
    public void No_class_looks_up_services_by_hand_outside_composition_code()
    {
        var offenders = SourceFiles("*.cs")
            .Where(file => !CompositionFiles.Any(allowed => Relative(file).EndsWith(allowed, StringComparison.Ordinal)))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(hit => ServiceLookup().IsMatch(hit.line))
            .Select(hit => $"{Relative(hit.file)}:{hit.number}: {hit.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Services looked up by hand:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_service_lookup_rule_sees_a_lookup()
    {
        Assert.Matches(ServiceLookup(), "var x = HttpContext.RequestServices.GetRequiredService<ContentStore>();");
        Assert.Matches(ServiceLookup(), "provider.GetService(typeof(Foo))");
        Assert.DoesNotMatch(ServiceLookup(), "services.AddSingleton<ContentStore>();");
    }

    [GeneratedRegex(@"\b(GetRequiredService|GetService|GetServices|GetRequiredKeyedService|GetKeyedService)\b|\bRequestServices\b")]
    private static partial Regex ServiceLookup();

    private static IEnumerable<string> SourceFiles(string pattern) =>
        new[] { "src", "themes" }
            .Select(folder => Path.Combine(SourceTree.Root, folder))
            .SelectMany(folder => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
            .Where(file => !Relative(file).Split('/').Any(part => part is "bin" or "obj"));

    private static string Relative(string file) => Path.GetRelativePath(SourceTree.Root, file).Replace('\\', '/');
}
