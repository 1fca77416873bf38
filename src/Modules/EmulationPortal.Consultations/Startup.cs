using EmulationPortal.Consultations.Models;
using EmulationPortal.Consultations.Recipes;
using EmulationPortal.Consultations.Services;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Mvc.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Consultations;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentType, ConsultationType>();
        services.AddSingleton<ConsultationDirectory>();
        services.AddSingleton<IRelatedContent>(provider => provider.GetRequiredService<ConsultationDirectory>());
        services.AddSingleton<ConsultationComments>();
        services.AddSingleton<CommentLimiter>();
        services.AddSingleton<IAdminMenu, AdminMenu>();
        services.AddSingleton<IRecipeStep, ConsultationsRecipeStep>();
    }
}
