using System.Reflection;
using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.Razor.Internal;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests.Architecture;

/// <summary>
/// Views are given data, not services: no model of any compiled view (the host's, the modules', the
/// themes') holds, anywhere inside it, a type the portal registers as a service, and no view injects
/// anything but the framework's own view helpers (a view component fetches what a layout shows).
/// </summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
public sealed class ViewModelTests : IDisposable
{
    /// <summary>
    /// Content type descriptors are registered singletons, yet read-only metadata (name, Vietnamese name)
    /// that lists and filters show.
    /// </summary>
    private static readonly Type[] Descriptors = [typeof(IContentType)];

    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    [Fact]
    public void No_view_model_carries_a_service()
    {
        var models = CompiledViews().Select(view => (view.RelativePath, Model: ModelOf(view.Type))).Where(v => v.Model is not null).ToList();
        Assert.Contains(models, v => v.RelativePath.EndsWith("/_Picture.cshtml", StringComparison.Ordinal));

        var services = _site.Services.GetRequiredService<IServiceProviderIsService>();
        var offenders = new List<string>();
        foreach (var (path, model) in models)
        {
            Walk(model!, path, services, new HashSet<Type>(), offenders);
        }
        Assert.True(offenders.Count == 0, "View models holding services:\n" + string.Join('\n', offenders.Distinct()));
    }

    [Fact]
    public void No_view_injects_anything_but_the_frameworks_own_helpers()
    {
        var views = CompiledViews();
        Assert.Contains(views, view => view.RelativePath.EndsWith("/_Layout.cshtml", StringComparison.Ordinal));

        var offenders = views
            // What the page base class injects for itself (DiagnosticSource, HtmlEncoder) is no view's doing.
            .SelectMany(view => view.Type!.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(property => property.IsDefined(typeof(RazorInjectAttribute)) && !IsFrameworkHelper(property.PropertyType))
                .Select(property => $"{view.RelativePath}: @inject {property.PropertyType} {property.Name}"))
            .ToList();
        Assert.True(offenders.Count == 0, "Views injecting services:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_injection_rule_tells_a_helper_from_a_service()
    {
        Assert.True(IsFrameworkHelper(typeof(IHtmlHelper<ViewModelTests>)));
        Assert.True(IsFrameworkHelper(typeof(Microsoft.AspNetCore.Antiforgery.IAntiforgery)));
        Assert.False(IsFrameworkHelper(typeof(SiteSettings)));
        Assert.False(IsFrameworkHelper(typeof(IEnumerable<IContentType>)));
        Assert.False(IsFrameworkHelper(typeof(Microsoft.Extensions.Options.IOptions<PortalFactory>)));
    }

    /// <summary>What Razor injects into every view (IHtmlHelper, IUrlHelper…) and ASP.NET Core's own view services (IAntiforgery, IHtmlLocalizer).</summary>
    private static bool IsFrameworkHelper(Type type) =>
        (type.IsConstructedGenericType ? type.GetGenericTypeDefinition() : type).Assembly.GetName().Name!.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal);

    private List<CompiledViewDescriptor> CompiledViews()
    {
        var views = new ViewsFeature();
        _site.Services.GetRequiredService<ApplicationPartManager>().PopulateFeature(views);
        return views.ViewDescriptors.Where(view => view.Type is not null).ToList();
    }

    private static Type? ModelOf(Type? view)
    {
        for (var type = view; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(RazorPage<>))
            {
                return type.GetGenericArguments()[0];
            }
        }
        return null;
    }

    private static void Walk(Type type, string path, IServiceProviderIsService services, HashSet<Type> seen, List<string> offenders)
    {
        if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(object) || Descriptors.Contains(type))
        {
            return;
        }
        // Any IEnumerable<T> counts as a service to the container; its items are what matter.
        var sequence = type.IsConstructedGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>);
        if (!sequence && services.IsService(type))
        {
            offenders.Add($"{path}: {type}");
            return;
        }
        if (type.IsArray)
        {
            Walk(type.GetElementType()!, path, services, seen, offenders);
        }
        foreach (var argument in type.IsConstructedGenericType ? type.GetGenericArguments() : [])
        {
            Walk(argument, path, services, seen, offenders);
        }
        if (type.Assembly.GetName().Name?.StartsWith("EmulationPortal", StringComparison.Ordinal) == true)
        {
            foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.FieldType)))
            {
                Walk(member, $"{path} → {type.Name}", services, seen, offenders);
            }
        }
    }

    public void Dispose() => _site.Dispose();
}
