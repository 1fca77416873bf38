using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Mvc.Security;

/// <summary>The <c>Portal:ReverseProxy</c> settings: who may tell the portal the client's address and scheme.</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "Portal:ReverseProxy";

    /// <summary>Addresses of proxies whose X-Forwarded-For/Proto are believed, beside the loopback ones.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, <c>10.0.0.0/8</c>) of such proxies, beside 127.0.0.0/8 and ::1.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// What every response carries whoever asks for it (public pages, admin, API, errors, files): a strict
/// Content-Security-Policy and the other browser protections, and behind a TLS proxy the request's real
/// scheme, so that cookies get Secure and HSTS is sent.
/// </summary>
public static class PortalSecurity
{
    /// <summary>
    /// No inline script or style anywhere: the themes' scripts and styles are files, so a hole in what
    /// editors write cannot run script. Images may also be <c>data:</c> URIs, which cannot run script.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>A year: the portal is meant to be reached only over HTTPS once it is.</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // The client's address and the scheme only: the Host stays what the proxy sends, never a forwarded one.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"{ReverseProxyOptions.Section}:KnownProxies: '{proxy}' is not an IP address."));
            }
            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed
                    : throw new InvalidOperationException($"{ReverseProxyOptions.Section}:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8."));
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            // By default localhost and 127.0.0.1 get none, and a proxy that keeps its upstream's name as the
            // Host would switch HSTS off; it is only ever sent on a request that is HTTPS anyway.
            options.ExcludedHosts.Clear();
        });
        // Every cookie (sign-in, antiforgery, notices) is Secure when the request came over HTTPS.
        services.Configure<CookiePolicyOptions>(options => options.Secure = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the real scheme, and every answer gets the headers.</summary>
    public static IApplicationBuilder UsePortalSecurity(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.Use(static (context, next) =>
        {
            // When the response starts: the exception handler clears headers set earlier.
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                // A page whose address is a key (a shared preview) sends no Referer at all; any other, only its origin elsewhere.
                if (headers["Referrer-Policy"] != "no-referrer")
                {
                    headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                }
                headers["Permissions-Policy"] = PermissionsPolicy;
                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
        app.UseHsts();
        app.UseCookiePolicy();
        return app;
    }
}
