using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Core.Modules;

/// <summary>
/// The one place where a module wires itself into the host. Every module has exactly one
/// implementation, in the <c>Startup.cs</c> at its root.
/// </summary>
public interface IModuleStartup
{
    /// <summary>Lower runs first; modules whose migrations others depend on go first.</summary>
    int Order => 0;

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    void Configure(WebApplication app)
    {
    }
}
