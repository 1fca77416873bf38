using System.Net;
using System.Text.Json;
using EmulationPortal.FunctionalTests.Admin;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests;

/// <summary>Limits per client address on the login form, the search page and the API.</summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
public sealed class RateLimitTests
{
    private const string AdminPassword = "Quantri-2026-matkhau";

    private static PortalFactory Site(params (string Key, string Value)[] settings) =>
        new(PortalFactory.NewDataPath(), demoContent: false,
            settings.Append(("Portal:AdminPassword", AdminPassword)).ToDictionary(s => s.Item1, s => s.Item2), ownsDataPath: true)
        {
            RealRateLimits = true,
        };

    [Fact]
    public async Task Logins_beyond_the_default_limit_get_429_with_Retry_After_and_another_address_is_not_affected()
    {
        using var site = Site();
        using var client = AdminClient.Anonymous(site);
        const string flooder = "203.0.113.50";

        // Ten a minute are served. Should the minute turn while this runs (a very busy machine), the
        // next window serves ten more: the refusal then comes later, but it comes.
        var (served, refused) = await UntilRefusedAsync(HttpStatusCode.Unauthorized, 20,
            async i => (await LoginAbuseTests.PostLoginAsync(client, $"khongcoai{i}", "Sai-mat-khau-2026", flooder)).Response);

        Assert.NotNull(refused);
        Assert.True(served >= 10, $"only {served} attempts were served");
        AssertRetryAfter(refused);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        var page = await PortalFactory.ParseAsync(refused);
        Assert.Contains("Quá nhiều yêu cầu", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Xin thử lại sau", page.QuerySelector(".error-page")?.TextContent);
        // Refused before the form is even read: the right password does not get through either.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAbuseTests.PostLoginAsync(client, "admin", AdminPassword, flooder)).Response.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await LoginAbuseTests.PostLoginAsync(client, "admin", AdminPassword, "192.0.2.60")).Response.StatusCode);
        // Reading the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(AdminClient.LoginPath)).StatusCode);
    }

    [Fact]
    public async Task Searches_beyond_the_limit_get_429_as_a_page_and_as_problem_json_and_another_address_is_not_affected()
    {
        using var site = Site(("Portal:RateLimits:Search:Burst", "3"), ("Portal:RateLimits:Search:PermitsPerMinute", "1"));
        var http = site.CreateClient();
        const string flooder = "203.0.113.51";

        var (served, refused) = await UntilRefusedAsync(HttpStatusCode.OK, 10, i => SendAsync(http, $"/tim-kiem?q=thi+dua+{i}", flooder));

        Assert.NotNull(refused);
        Assert.True(served is >= 3 and <= 5, $"{served} searches were served");
        AssertRetryAfter(refused);
        Assert.Contains("Quá nhiều yêu cầu", (await PortalFactory.ParseAsync(refused)).QuerySelector("h1")?.TextContent);

        // The API draws on the same allowance, and says so in problem+json.
        var api = await SendAsync(http, "/api/search?q=thi+dua", flooder);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        AssertRetryAfter(api);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Quá nhiều yêu cầu", problem.RootElement.GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, "/api/search?q=thi+dua", "192.0.2.61")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, "/tim-kiem?q=thi+dua", "2001:db8:7::1")).StatusCode);
        // Other pages are not limited.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, "/", flooder)).StatusCode);
    }

    [Fact]
    public async Task The_search_box_s_completions_draw_on_a_larger_bucket_of_their_own_and_never_spend_the_searches()
    {
        using var site = Site(("Portal:RateLimits:Search:Burst", "3"), ("Portal:RateLimits:Search:PermitsPerMinute", "1"));
        var http = site.CreateClient();
        const string typist = "203.0.113.52";

        var (served, refused) = await UntilRefusedAsync(HttpStatusCode.OK, 20, i => SendAsync(http, $"/api/search/complete?q=thi+dua+{i}", typist));

        Assert.True(served is >= 12 and <= 14, $"{served} completions were served");
        Assert.NotNull(refused);
        AssertRetryAfter(refused);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, "/tim-kiem?q=thi+dua", typist)).StatusCode);
    }

    [Fact]
    public void Every_api_endpoint_is_rate_limited()
    {
        using var site = Site();
        site.CreateClient().Dispose();
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            Assert.True(endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null, $"{endpoint.RoutePattern.RawText} has no rate limit");
        }
    }

    /// <summary>Sends until a request is refused (429) or <paramref name="most"/> were served, each served one answering <paramref name="served"/>.</summary>
    private static async Task<(int Served, HttpResponseMessage? Refused)> UntilRefusedAsync(HttpStatusCode served, int most,
        Func<int, Task<HttpResponseMessage>> send)
    {
        for (var count = 0; count < most; count++)
        {
            var response = await send(count);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return (count, response);
            }
            Assert.Equal(served, response.StatusCode);
        }
        return (most, null);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string url, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(PortalFactory.ClientAddressHeader, address);
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var seconds = response.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.True(seconds is >= 1 and <= 60, $"Retry-After: {response.Headers.RetryAfter}");
    }
}
