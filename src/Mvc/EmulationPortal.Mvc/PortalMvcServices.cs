using EmulationPortal.Mvc.Admin;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Routing;
using EmulationPortal.Mvc.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EmulationPortal.Mvc;

public static class PortalMvcServices
{
    /// <summary>The services the shared web layer's controllers and filters are constructed with.</summary>
    public static IServiceCollection AddPortalMvc(this IServiceCollection services)
    {
        services.AddSingleton<ContentEditorServices>();
        services.AddSingleton<ContentPreviews>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ContentLinks>();
        services.AddSingleton<NumberedDocuments>();
        services.AddSingleton<EmulationPortal.Mvc.Syndication.ContentFeeds>();
        services.AddSingleton<EmulationPortal.Mvc.Syndication.ISitemapSource, EmulationPortal.Mvc.Syndication.ContentSitemap>();
        services.AddSingleton<ContentCards>();
        services.AddSingleton<NewsCards>();
        services.AddSingleton<SiteIdentity>();
        services.Configure<MvcOptions>(options =>
        {
            VietnameseBindingMessages.Apply(options.ModelBindingMessageProvider);
            options.ModelBinderProviders.Insert(0, new DecimalPointBinderProvider());
        });
        services.AddAuthorizationBuilder().AddPolicy(AdministratorsPolicy.Name, AdministratorsPolicy.Build());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, ContentAccessRequirementHandler>());
        return services;
    }
}
