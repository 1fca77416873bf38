using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace EmulationPortal.FunctionalTests.Pages;

/// <summary>What search engines, feed readers and chat apps read of the demo site: sitemap, robots, feeds, sharing tags, icons.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class DiscoveryTests(DemoSite site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static string Url(string path) => "http://localhost" + path;

    [Fact]
    public async Task The_sitemap_lists_every_published_page_with_its_last_change_and_nothing_unpublished()
    {
        var response = await site.CreateClient().GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => (string)u.Element(Sitemap + "loc")!, u => (string?)u.Element(Sitemap + "lastmod"));

        Assert.Contains(Url("/"), urls.Keys);
        Assert.Contains(Url("/lay-y-kien"), urls.Keys);
        foreach (var item in DemoRecipe.Published.Where(i => (string)i["type"]! is "Conference"))
        {
            var lastModified = urls[Url($"/tin-tuc/{(string)item["slug"]!}")];
            Assert.True(DateTimeOffset.TryParseExact(lastModified, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), lastModified);
        }
        foreach (var item in DemoRecipe.Published.Where(i => (string)i["type"]! is "Plan" or "AwardDecision" or "Document" or "Reference"))
        {
            Assert.Contains(Url($"/van-ban/{(string)item["slug"]!}"), urls.Keys);
        }
        Assert.Contains(Url("/cum-thi-dua/cum-thi-dua-so-42-thong-ke-tinh-nghe-an/2025"), urls.Keys);
        // A year's address by slug only redirects: engines get the year's own address.
        Assert.DoesNotContain(urls.Keys, u => u.Contains("/cum-thi-dua/nam/"));
        Assert.Equal(urls.Count, urls.Keys.Distinct().Count());
    }

    [Fact]
    public async Task Drafts_and_items_in_review_stay_out_of_the_sitemap_and_the_feeds()
    {
        using var fresh = PortalFactory.Fresh(demoContent: false);
        var draft = TestRecipes.Conference("ban-nhap", "Bản nháp chưa đăng", status: "Draft");
        draft["slug"] = "ban-nhap";
        var inReview = TestRecipes.Conference("cho-duyet", "Bài chờ duyệt", status: "InReview");
        inReview["slug"] = "cho-duyet";
        var published = TestRecipes.Conference("da-dang", "Bài đã đăng");
        published["slug"] = "da-dang";
        await fresh.Service<EmulationPortal.Core.Recipes.RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(draft, inReview, published)));

        var sitemap = await fresh.CreateClient().GetStringAsync("/sitemap.xml");
        var feed = await fresh.CreateClient().GetStringAsync("/tin-tuc/rss");

        Assert.Contains(Url("/tin-tuc/da-dang"), sitemap);
        Assert.Contains(Url("/tin-tuc/da-dang"), feed);
        foreach (var hidden in new[] { "ban-nhap", "cho-duyet" })
        {
            Assert.DoesNotContain(hidden, sitemap);
            Assert.DoesNotContain(hidden, feed);
        }
    }

    [Fact]
    public async Task Robots_keep_engines_out_of_the_admin_and_point_to_the_sitemap()
    {
        var robots = await site.CreateClient().GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.DoesNotContain("Disallow: /\n", robots);
    }

    [Theory]
    [InlineData("/tin-tuc/rss", "Conference")]
    [InlineData("/tin-tuc/atom", "Conference")]
    [InlineData("/van-ban/rss", "Plan AwardDecision Document Reference")]
    [InlineData("/van-ban/atom?loai=Plan", "Plan")]
    public async Task Feeds_parse_back_with_the_newest_published_items_at_absolute_addresses(string path, string types)
    {
        var response = await site.CreateClient().GetAsync(path);
        Assert.Equal(path.Contains("atom") ? "application/atom+xml" : "application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());

        var feed = SyndicationFeed.Load(reader);

        var expected = DemoRecipe.Published.Where(i => types.Split(' ').Contains((string)i["type"]!)).Select(i => (string)i["slug"]!).ToList();
        var items = feed.Items.ToList();
        Assert.Equal(Math.Min(30, expected.Count), items.Count);
        Assert.All(items, item =>
        {
            var link = item.Links.Single().Uri;
            Assert.True(link.IsAbsoluteUri);
            Assert.Contains(link.AbsolutePath.Split('/')[^1], expected);
            Assert.NotEqual(default, item.PublishDate == default ? item.LastUpdatedTime : item.PublishDate);
        });
    }

    [Fact]
    public async Task A_feed_of_one_cluster_holds_only_its_write_ups_and_an_unknown_cluster_is_not_found()
    {
        using var reader = XmlReader.Create(await site.CreateClient().GetStreamAsync("/tin-tuc/rss?cum=cum-thi-dua-so-11-tinh-thanh-hoa"));
        var feed = SyndicationFeed.Load(reader);
        var expected = DemoRecipe.Items("Conference").Where(i => (string)i["cluster"]! == "cum-11-thanh-hoa").Select(i => (string)i["slug"]!).ToHashSet();
        Assert.Equal(expected, feed.Items.Select(i => i.Links.Single().Uri.AbsolutePath.Split('/')[^1]).ToHashSet());
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/tin-tuc/rss?cum=khong-co")).StatusCode);
    }

    [Fact]
    public async Task A_write_up_shared_on_a_chat_app_shows_its_photo_and_summary_and_engines_read_it_as_a_news_article()
    {
        var item = DemoRecipe.Items("Conference").First(i => i["photos"] is JsonArray { Count: > 0 });
        var page = await site.GetDocumentAsync($"/tin-tuc/{(string)item["slug"]!}");
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

        Assert.Equal((string)item["title"]!, Meta("og:title"));
        Assert.Equal("article", Meta("og:type"));
        Assert.StartsWith("http://localhost/media/", Meta("og:image"));
        Assert.EndsWith("/1600.jpg", Meta("og:image"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:description")));
        Assert.Equal(Url($"/tin-tuc/{(string)item["slug"]!}"), page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Cổng thông tin Thi đua – Khen thưởng", Meta("og:site_name"));
        var jsonLd = JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!.AsArray();
        var article = jsonLd.Single(n => (string)n!["@type"]! == "NewsArticle")!;
        Assert.Equal((string)item["title"]!, (string)article["headline"]!);
        Assert.StartsWith("http://localhost/media/", (string)article["image"]![0]!);
        Assert.Equal(3, jsonLd.Single(n => (string)n!["@type"]! == "BreadcrumbList")!["itemListElement"]!.AsArray().Count);
    }

    [Fact]
    public async Task Search_results_are_followed_but_not_indexed_and_ordinary_pages_are_indexed()
    {
        var search = await site.GetDocumentAsync("/tim-kiem?q=thi+%C4%91ua");
        Assert.Equal("noindex, follow", search.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains("“thi đua”", search.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        // The empty search page is the archive's way in: indexed, with a description of its own.
        var searchPage = await site.GetDocumentAsync("/tim-kiem");
        Assert.Null(searchPage.QuerySelector("meta[name=robots]"));
        Assert.NotEmpty(searchPage.QuerySelector("meta[name=description]")!.GetAttribute("content")!);
        var documents = await site.GetDocumentAsync("/van-ban");
        Assert.Null(documents.QuerySelector("meta[name=robots]"));
        Assert.Equal(2, documents.QuerySelectorAll("link[rel=alternate][type='application/rss+xml']").Length);
    }

    [Fact]
    public async Task The_favicon_and_the_web_app_manifest_are_where_browsers_look()
    {
        var icon = await site.CreateClient().GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, (await icon.Content.ReadAsByteArrayAsync())[..4]);

        var manifest = JsonNode.Parse(await site.CreateClient().GetStringAsync("/site.webmanifest"))!;
        Assert.Equal("vi", (string)manifest["lang"]!);
        foreach (var entry in manifest["icons"]!.AsArray())
        {
            Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync((string)entry!["src"]!)).StatusCode);
        }
    }
}
