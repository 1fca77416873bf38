using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using System.IO.Compression;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Data;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Core.Modules;
using EmulationPortal.Mvc.Security;
using EmulationPortal.Core.Setup;
using EmulationPortal.Mvc;
using EmulationPortal.Web.Cli;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

var culture = CultureInfo.GetCultureInfo("vi-VN");
CultureInfo.DefaultThreadCurrentCulture = culture;
CultureInfo.DefaultThreadCurrentUICulture = culture;

var cli = PortalCommand.Parse(args);
var builder = WebApplication.CreateBuilder(cli?.HostArgs ?? args);
if (cli is not null)
{
    // A command's standard output is its result (intake prints JSON); the log goes to standard error.
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}
builder.WebHost.UseStaticWebAssets();

var catalog = ModuleCatalog.Discover(AppContext.BaseDirectory, builder.Configuration);
builder.Services.AddPortal(builder.Configuration, builder.Environment, catalog);
var mvc = builder.Services.AddControllersWithViews(options => options.ModelMetadataDetailsProviders.Add(new EmulationPortal.Web.EmptyStringsStayEmpty()));
// Modules the host references are already parts; one dropped in beside it is added here.
foreach (var module in catalog.Modules.Where(m => mvc.PartManager.ApplicationParts.All(p => p.Name != m.Name)))
{
    var factory = ApplicationPartFactory.GetApplicationPartFactory(module.Assembly);
    foreach (var part in factory.GetApplicationParts(module.Assembly))
    {
        mvc.PartManager.ApplicationParts.Add(part);
    }
}
// Vietnamese letters go out as themselves, not as numeric character references.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddProblemDetails();
builder.Services.AddPortalMvc();
builder.Services.AddPortalSecurity(builder.Configuration);
builder.Services.AddSingleton<PublicPageCache>();
builder.Services.AddOutputCache();
builder.Services.AddOptions<OutputCacheOptions>().Configure<PublicPageCache>((options, policy) => policy.Register(options));
builder.Services.AddResponseCompression(options =>
{
    options.EnableForHttps = true;
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
});
// The fastest levels: the pages are small and the servers cheap.
builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
builder.Services.AddPortalRateLimits(builder.Configuration);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

var app = builder.Build();

if (cli is not null)
{
    return await cli.RunAsync(app.Services);
}

await app.Services.GetRequiredService<SiteInitializer>().InitializeAsync();

app.UsePortalSecurity();
// Also in Development: readers must never see a stack trace, whatever the environment.
app.UseExceptionHandler("/loi");
app.UseStatusCodePagesWithReExecute("/loi/{0}");
// Not the admin pages: they hold antiforgery tokens beside what people type, which compression would let leak (BREACH).
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin"), publicSide => publicSide.UseResponseCompression());
// Files placed in wwwroot after the build (not in the static-assets manifest); the theme's own go through MapStaticAssets.
app.UseStaticFiles();
app.UseRouting();
// Before the output cache: a search answered from the cache still counts against its address.
app.UseRateLimiter();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
foreach (var module in catalog.Modules)
{
    module.Startup.Configure(app);
}
// After authentication (a module's), so the cache knows who is signed in.
app.UseOutputCache();
app.UseMiddleware<PageETags>();
app.MapStaticAssets();
app.MapControllers().WithStaticAssets();
await app.RunAsync();
return 0;

public partial class Program;
