using EmulationPortal.Calendar.Recipes;
using EmulationPortal.Calendar.Services;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Mvc.Admin;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Calendar;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PublicCalendar>();
        services.AddSingleton<AnnouncedDays>();
        services.AddSingleton<IWorkingCalendarProvider>(provider => provider.GetRequiredService<AnnouncedDays>());
        services.AddSingleton<IAdminMenu, AdminMenu>();
        services.AddSingleton<IRecipeStep, AnnouncedDaysRecipeStep>();
    }
}
