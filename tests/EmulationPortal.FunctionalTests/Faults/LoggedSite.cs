using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.FunctionalTests.Faults;

/// <summary>A site whose log the test reads, with services of the test's own added.</summary>
public sealed class LoggedSite(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    : PortalFactory(NewDataPath(), demoContent: false, settings, ownsDataPath: true)
{
    public LogCapture Logs { get; } = new();

    /// <summary>Whether the host has begun to shut down: what a fault that escapes a background loop used to cause.</summary>
    public bool Stopping => Service<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
