using EmulationPortal.Calendar.Services;
using EmulationPortal.Core.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Calendar;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<PublicCalendar>();
    }
}
