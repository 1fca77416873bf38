using EmulationPortal.Core.Content;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Modules;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Notifications.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Notifications;

public sealed class Startup : IModuleStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<NotificationStore>();
        services.AddSingleton<NotificationMail>();
        services.AddSingleton<IWorkflowObserver, WorkflowNotifier>();
        services.AddSingleton<IJobHandler, NotificationMailJob>();
        services.AddSingleton<IAdminBadges, NotificationBadges>();
    }
}
