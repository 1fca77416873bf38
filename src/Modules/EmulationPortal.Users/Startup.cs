using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Setup;
using EmulationPortal.Users.Models;
using EmulationPortal.Users.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Users;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IPasswordHasher<PortalUser>, PasswordHasher<PortalUser>>();
        services.AddSingleton<IStartupTask, AdminAccountTask>();
    }
}
