using System.Net;
using AngleSharp.Html.Parser;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace EmulationPortal.FunctionalTests.Security;

/// <summary>
/// Behind a TLS proxy the portal believes X-Forwarded-Proto from the proxies it is told of (loopback by
/// default), and only from them: then its cookies are Secure and it sends HSTS.
/// </summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
public sealed class ReverseProxyTests
{
    private const string Password = "Matkhau-2026a";

    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData("::1", null)]
    [InlineData("10.1.2.3", "10.1.2.3")]
    [InlineData("192.168.7.20", "192.168.7.0/24")]
    public async Task Https_told_by_a_known_proxy_makes_cookies_secure_and_sends_hsts(string proxy, string? configured)
    {
        var settings = new Dictionary<string, string>();
        if (configured is not null)
        {
            settings[configured.Contains('/') ? "Portal:ReverseProxy:KnownNetworks:0" : "Portal:ReverseProxy:KnownProxies:0"] = configured;
        }
        using var site = await SiteBehindAsync(proxy, settings);

        var (loginPage, login) = await SignInAsync(site);

        Assert.All(SetCookies(loginPage).Concat(SetCookies(login)), cookie => Assert.True(cookie.Secure, cookie.ToString()));
        Assert.Contains(SetCookies(login), cookie => cookie.Name == "portal.auth");
        foreach (var response in new[] { loginPage, login, await GetAsync(site, "/") })
        {
            var hsts = Assert.Single(response.Headers.GetValues(HeaderNames.StrictTransportSecurity));
            Assert.Equal("max-age=31536000", hsts);
            ProtectionHeaders.Check(response, https: true);
        }
    }

    [Fact]
    public async Task Https_told_by_anyone_else_is_ignored()
    {
        using var site = await SiteBehindAsync("203.0.113.7", new Dictionary<string, string>
        {
            ["Portal:ReverseProxy:KnownProxies:0"] = "10.1.2.3",
            ["Portal:ReverseProxy:KnownNetworks:0"] = "192.168.7.0/24",
        });

        var (loginPage, login) = await SignInAsync(site);

        Assert.Contains(SetCookies(login), cookie => cookie.Name == "portal.auth");
        Assert.All(SetCookies(loginPage).Concat(SetCookies(login)), cookie => Assert.False(cookie.Secure, cookie.ToString()));
        foreach (var response in new[] { loginPage, login, await GetAsync(site, "/") })
        {
            ProtectionHeaders.Check(response, https: false);
        }
    }

    [Fact]
    public void A_proxy_setting_that_is_not_an_address_stops_the_start_naming_it()
    {
        using var site = new PortalFactory(PortalFactory.NewDataPath(), demoContent: false,
            new Dictionary<string, string> { ["Portal:ReverseProxy:KnownNetworks:0"] = "10.0.0.0/33" }, ownsDataPath: true);

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());
        Assert.Contains("Portal:ReverseProxy:KnownNetworks: '10.0.0.0/33'", error.ToString());
    }

    private static async Task<ProxiedSite> SiteBehindAsync(string proxy, Dictionary<string, string> settings)
    {
        var site = new ProxiedSite(System.Net.IPAddress.Parse(proxy), settings);
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(TestRecipes.WithContent(),
            TestRecipes.Person("quantri", Password, ["Administrator"]))));
        return site;
    }

    private static Task<HttpResponseMessage> GetAsync(ProxiedSite site, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.4");
        return site.Client.SendAsync(request);
    }

    /// <summary>
    /// Signs in as a browser would, with the cookies carried by hand: a cookie store would not send a
    /// Secure cookie back over the test's plain http.
    /// </summary>
    private static async Task<(HttpResponseMessage LoginPage, HttpResponseMessage Login)> SignInAsync(ProxiedSite site)
    {
        var loginPage = await GetAsync(site, AdminClient.LoginPath);
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
        var form = new HtmlParser().ParseDocument(await loginPage.Content.ReadAsStringAsync());
        var token = form.QuerySelector($"input[name={AdminClient.TokenField}]")!.GetAttribute("value")!;
        var request = new HttpRequestMessage(HttpMethod.Post, AdminClient.LoginPath)
        {
            Content = new FormUrlEncodedContent([new("UserName", "quantri"), new("Password", Password), new(AdminClient.TokenField, token)]),
        };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.4");
        request.Headers.Add("Cookie", string.Join("; ", SetCookies(loginPage).Select(c => $"{c.Name}={c.Value}")));
        var login = await site.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (loginPage, login);
    }

    private static IList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];

    /// <summary>A fresh site whose every request comes from <c>remote</c>, as from a proxy at that address.</summary>
    private sealed class ProxiedSite(System.Net.IPAddress remote, IReadOnlyDictionary<string, string> settings)
        : PortalFactory(NewDataPath(), demoContent: false, settings, ownsDataPath: true)
    {
        private HttpClient? _client;

        public HttpClient Client => _client ??= CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress(remote)));
        }
    }

    /// <summary>The in-memory test server has no connection; this gives every request the proxy's address.</summary>
    private sealed class RemoteAddress(System.Net.IPAddress remote) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = remote;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
