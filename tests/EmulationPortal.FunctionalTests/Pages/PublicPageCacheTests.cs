using System.Net;
using System.Net.Http.Headers;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.News.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace EmulationPortal.FunctionalTests.Pages;

/// <summary>
/// Anonymous readers get pages from the output cache until what they show changes; whatever changes
/// it, the next reader sees the change. People signed in never get or fill the cache.
/// </summary>
public sealed class PublicPageCacheTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    // Every page kind that shows a write-up, and which the first test fills the cache with.
    private static readonly string[] PagesShowingNews =
        ["/", "/tin-tuc", $"/cum-thi-dua/{TestRecipes.ClusterSlug}", "/tim-kiem?q=hoi+nghi", "/api/search?q=hoi+nghi"];

    public async Task InitializeAsync()
    {
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(
            TestRecipes.WithContent(
                TestRecipes.Conference("bai-da-dang", "Hội nghị sơ kết đã đăng"),
                TestRecipes.Conference("bai-cho-duyet", "Hội nghị tổng kết chờ duyệt", status: "InReview")),
            TestRecipes.Person("duyet", Password, null, (TestRecipes.ClusterId, "Reviewer")),
            TestRecipes.Person("quantri", Password, ["Administrator"]))));
        // The recipe's own notifications must not arrive after a test has filled the cache.
        await _site.ChangeFeedSettledAsync();
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    private async Task<HttpResponseMessage> ReadTwiceAsync(HttpClient client, string url)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        return await client.GetAsync(url);
    }

    [Fact]
    public async Task The_next_anonymous_reader_gets_the_page_from_the_cache()
    {
        var reader = _site.CreateClient();
        var first = await reader.GetAsync("/tin-tuc/hoi-nghi-so-ket-da-dang");
        var second = await reader.GetAsync("/tin-tuc/hoi-nghi-so-ket-da-dang");

        Assert.False(FromCache(first));
        Assert.True(FromCache(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        foreach (var url in PagesShowingNews)
        {
            Assert.True(FromCache(await ReadTwiceAsync(reader, url)), url);
        }
    }

    [Fact]
    public async Task A_publish_is_visible_to_an_anonymous_reader_on_the_next_request()
    {
        var reader = _site.CreateClient();
        foreach (var url in PagesShowingNews)
        {
            var cached = await ReadTwiceAsync(reader, url);
            Assert.True(FromCache(cached), url);
            Assert.DoesNotContain("tổng kết chờ duyệt", await cached.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/tin-tuc/hoi-nghi-tong-ket-cho-duyet")).StatusCode);

        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        await reviewer.PostFormAsync("/admin/noi-dung/bai-cho-duyet/chuyen", new Dictionary<string, string> { ["action"] = "Publish" });

        foreach (var url in PagesShowingNews)
        {
            var page = await reader.GetAsync(url);
            Assert.False(FromCache(page), url);
            Assert.True((await page.Content.ReadAsStringAsync()).Contains("tổng kết chờ duyệt", StringComparison.Ordinal), url);
        }
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/tin-tuc/hoi-nghi-tong-ket-cho-duyet")).StatusCode);
    }

    [Fact]
    public async Task Work_on_an_item_never_published_leaves_the_cached_pages_in_place()
    {
        var reader = _site.CreateClient();
        string[] urls = [.. PagesShowingNews, "/tin-tuc/hoi-nghi-so-ket-da-dang"];
        foreach (var url in urls)
        {
            Assert.True(FromCache(await ReadTwiceAsync(reader, url)), url);
        }
        var reviewer = new ContentAccess("u-duyet", "duyet", false, false,
            new Dictionary<string, ClusterRole> { [TestRecipes.ClusterId] = ClusterRole.Reviewer });
        var editing = _site.Service<ContentEditing>();
        static ConferenceData Conference(string body) => new() { Date = new DateOnly(2026, 3, 2), Location = "Đô Lương", Body = body };

        var draft = await editing.CreateAsync(reviewer, ConferenceType.TypeName, TestRecipes.ClusterId, "Hội nghị còn nháp", Conference("Bản nháp."));
        await editing.SaveAsync(reviewer, draft.Id, 1, draft.Title, draft.ClusterId, Conference("Bản nháp đã sửa."));
        await editing.TransitionAsync(reviewer, draft.Id, WorkflowAction.Submit, null);
        await editing.ScheduleAsync(reviewer, draft.Id, DateTime.UtcNow.AddDays(3));
        await editing.CancelScheduleAsync(reviewer, draft.Id);

        foreach (var url in urls)
        {
            Assert.True(FromCache(await reader.GetAsync(url)), url);
        }

        // Editing what is live is a change readers may see (its cluster moves at once): the pages go.
        var live = (await _site.Service<ContentStore>().GetLatestAsync("bai-da-dang"))!;
        await editing.SaveAsync(reviewer, live.Id, live.LatestVersion, live.Title, live.ClusterId, Conference("Bài đã đăng, sửa lại."));
        foreach (var url in urls)
        {
            Assert.False(FromCache(await reader.GetAsync(url)), url);
        }
    }

    [Fact]
    public async Task An_unpublish_takes_the_cached_article_and_its_listing_away_at_once()
    {
        var reader = _site.CreateClient();
        Assert.True(FromCache(await ReadTwiceAsync(reader, "/tin-tuc/hoi-nghi-so-ket-da-dang")));
        Assert.True(FromCache(await ReadTwiceAsync(reader, "/tin-tuc")));

        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        await reviewer.PostFormAsync("/admin/noi-dung/bai-da-dang/chuyen", new Dictionary<string, string> { ["action"] = "Unpublish" });

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/tin-tuc/hoi-nghi-so-ket-da-dang")).StatusCode);
        Assert.DoesNotContain("sơ kết đã đăng", await reader.GetStringAsync("/tin-tuc"));
    }

    [Fact]
    public async Task Renaming_a_cluster_reaches_every_cached_page_that_names_it()
    {
        var reader = _site.CreateClient();
        foreach (var url in new[] { "/tin-tuc/hoi-nghi-so-ket-da-dang", $"/cum-thi-dua/{TestRecipes.ClusterSlug}", "/cum-thi-dua" })
        {
            Assert.True(FromCache(await ReadTwiceAsync(reader, url)), url);
        }

        var administrator = await AdminClient.LoginAsync(_site, "quantri", Password);
        await administrator.PostFormAsync($"/admin/cum-thi-dua/{TestRecipes.ClusterId}", new Dictionary<string, string>
        {
            ["Kind"] = "Cluster", ["Number"] = "99", ["Name"] = "Cụm thi đua vừa đổi tên", ["Province"] = "Nghệ An", ["ReviewRequired"] = "true",
        });

        foreach (var url in new[] { "/tin-tuc/hoi-nghi-so-ket-da-dang", $"/cum-thi-dua/{TestRecipes.ClusterSlug}", "/cum-thi-dua" })
        {
            Assert.Contains("Cụm thi đua vừa đổi tên", await reader.GetStringAsync(url));
        }
    }

    [Fact]
    public async Task People_signed_in_neither_get_nor_fill_the_public_cache()
    {
        var staff = await AdminClient.LoginAsync(_site, "quantri", Password);
        Assert.False(FromCache(await staff.GetAsync("/tin-tuc")));
        Assert.False(FromCache(await staff.GetAsync("/tin-tuc")));

        var reader = _site.CreateClient();
        Assert.False(FromCache(await reader.GetAsync("/tin-tuc")));
        Assert.True(FromCache(await reader.GetAsync("/tin-tuc")));
        Assert.False(FromCache(await staff.GetAsync("/tin-tuc")));
    }

    [Fact]
    public async Task A_preview_is_never_cached()
    {
        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        var first = await reviewer.GetAsync("/tin-tuc/xem-truoc/bai-cho-duyet");
        var second = await reviewer.GetAsync("/tin-tuc/xem-truoc/bai-cho-duyet");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.False(FromCache(first));
        Assert.False(FromCache(second));
        Assert.True(second.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.CreateClient().GetAsync("/tin-tuc/hoi-nghi-tong-ket-cho-duyet")).StatusCode);
    }

    [Fact]
    public async Task A_page_read_before_a_change_is_never_served_after_it()
    {
        // A request that read the content just before a publish stores its page just after the eviction:
        // it must be stored apart from what later requests look up.
        IOutputCachePolicy policy = _site.Service<PublicPageCache>();
        async Task<string> KeyPartAsync()
        {
            var context = new OutputCacheContext { HttpContext = new DefaultHttpContext { Request = { Method = "GET" } } };
            await policy.CacheRequestAsync(context, CancellationToken.None);
            Assert.True(context.AllowCacheStorage);
            return context.CacheVaryByRules.VaryByValues["generation"];
        }
        var before = await KeyPartAsync();

        await _site.Service<IChangeFeed>().PublishAsync(ChangeTopics.Content);

        Assert.NotEqual(before, await KeyPartAsync());
    }

    [Fact]
    public async Task A_page_has_an_ETag_and_a_reader_holding_it_gets_304_until_the_page_changes()
    {
        var reader = _site.CreateClient();
        var first = await reader.GetAsync("/tin-tuc");
        var tag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl?.NoCache);

        var fromCache = await SendIfNoneMatchAsync(reader, tag);
        Assert.Equal(HttpStatusCode.NotModified, fromCache.StatusCode);
        Assert.Empty(await fromCache.Content.ReadAsByteArrayAsync());
        // Signed in, the page is made afresh each time (never from the cache) and still answered 304.
        var staff = await AdminClient.LoginAsync(_site, "quantri", Password);
        Assert.Equal(HttpStatusCode.NotModified, (await SendIfNoneMatchAsync(staff.Http, tag)).StatusCode);

        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        await reviewer.PostFormAsync("/admin/noi-dung/bai-cho-duyet/chuyen", new Dictionary<string, string> { ["action"] = "Publish" });
        var changed = await SendIfNoneMatchAsync(reader, tag);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Contains("Hội nghị tổng kết chờ duyệt", await changed.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> SendIfNoneMatchAsync(HttpClient client, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/tin-tuc");
        request.Headers.IfNoneMatch.Add(tag);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Pages_and_styles_are_compressed_for_readers_but_admin_pages_are_not()
    {
        var reader = _site.CreateClient();
        var page = await SendAcceptingAsync(reader, "/tin-tuc");
        var html = await _site.CreateClient().GetStringAsync("/tin-tuc");
        var styles = (await PortalFactory.ParseAsync(await reader.GetAsync("/tin-tuc"))).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = await SendAcceptingAsync(reader, styles);

        Assert.Contains("br", page.Content.Headers.ContentEncoding);
        Assert.True(page.Content.Headers.ContentLength is null || page.Content.Headers.ContentLength < System.Text.Encoding.UTF8.GetByteCount(html) / 2);
        Assert.NotEmpty(css.Content.Headers.ContentEncoding);
        var login = await SendAcceptingAsync(reader, AdminClient.LoginPath);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Empty(login.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Styles_and_scripts_are_linked_by_their_fingerprint()
    {
        var page = await _site.GetDocumentAsync("/tin-tuc/hoi-nghi-so-ket-da-dang");
        var assets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();

        Assert.NotEmpty(assets);
        var reader = _site.CreateClient();
        foreach (var asset in assets)
        {
            // site.css becomes site.<fingerprint>.css: a new file is a new address, so browsers may keep one for good.
            Assert.Matches(@"^/_content/[^?]+\.[a-z0-9]{8,}\.(css|js)$", asset);
            var response = await reader.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> SendAcceptingAsync(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return await client.SendAsync(request);
    }
}
