using System.Net;
using EmulationPortal.Mvc.Security;

namespace EmulationPortal.FunctionalTests.Security;

/// <summary>Every answer carries the browser protections, whoever asks and whatever is asked for.</summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
[Collection(DemoSiteCollection.Name)]
public sealed class SecurityHeadersTests(DemoSite site)
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/tin-tuc", HttpStatusCode.OK)]
    [InlineData("/van-ban", HttpStatusCode.OK)]
    [InlineData("/cum-thi-dua", HttpStatusCode.OK)]
    [InlineData("/tim-kiem?q=thi+dua", HttpStatusCode.OK)]
    [InlineData("/api/search?q=thi+dua", HttpStatusCode.OK)]
    [InlineData("/admin/dang-nhap", HttpStatusCode.OK)]
    [InlineData("/admin", HttpStatusCode.Redirect)]
    [InlineData("/khong-co-trang-nay", HttpStatusCode.NotFound)]
    [InlineData("/loi", HttpStatusCode.InternalServerError)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task Every_kind_of_answer_carries_the_browser_protections(string url, HttpStatusCode status)
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        // Twice: the second answer of a public page comes from the output cache.
        for (var round = 0; round < 2; round++)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(status, response.StatusCode);
            ProtectionHeaders.Check(response, https: false);
        }
    }

    [Fact]
    public async Task The_themes_files_carry_them_too_and_pages_load_none_but_their_own()
    {
        var client = site.CreateClient();
        var home = await site.GetDocumentAsync("/");
        var files = home.QuerySelectorAll("link[rel=stylesheet][href], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.NotEmpty(files);
        var article = await site.GetDocumentAsync(home.QuerySelector("a.card-link")!.GetAttribute("href")!);
        files.AddRange(article.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!));
        Assert.Contains(files, f => f.EndsWith(".js", StringComparison.Ordinal) || f.Contains(".js?", StringComparison.Ordinal));

        foreach (var file in files)
        {
            Assert.StartsWith("/", file);
            var response = await client.GetAsync(file);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ProtectionHeaders.Check(response, https: false);
        }
        // No inline script or style in the pages: the policy would refuse them. JSON-LD is a data block, never run.
        foreach (var page in new[] { home, article })
        {
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style]"));
        }
    }
}

/// <summary>What every answer must carry.</summary>
internal static class ProtectionHeaders
{
    public static void Check(HttpResponseMessage response, bool https)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";
        Assert.Equal(PortalSecurity.ContentSecurityPolicy, Header("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", Header("Content-Security-Policy"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"));
        Assert.Contains("geolocation=()", Header("Permissions-Policy"));
        // HSTS only over HTTPS: a browser ignores it on plain HTTP, and the portal may be reached so on purpose.
        Assert.Equal(https, Header("Strict-Transport-Security").Length > 0);
    }
}
