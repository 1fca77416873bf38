using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using EmulationPortal.Core.Text;

namespace EmulationPortal.FunctionalTests;

[Collection(DemoSiteCollection.Name)]
public sealed class PublicPagesTests(DemoSite site)
{
    private static string Date(JsonNode? isoDate) => VietnameseDate.Format(DateOnly.Parse((string)isoDate!, System.Globalization.CultureInfo.InvariantCulture));

    private static string Text(IDocument page) => page.Body!.TextContent;

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc")]
    [InlineData("/van-ban")]
    [InlineData("/cum-thi-dua")]
    public async Task Every_public_page_is_Vietnamese_and_fits_a_phone(string url)
    {
        var page = await site.GetDocumentAsync(url);

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("width=device-width", page.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href*='/css/site.']"));
        Assert.Contains("Tin tức", page.QuerySelector("nav.site-nav")!.TextContent);
    }

    [Fact]
    public async Task Home_shows_the_latest_news_with_photos_recent_documents_and_the_clusters()
    {
        var page = await site.GetDocumentAsync("/");

        var newest = DemoRecipe.Items("Conference").OrderByDescending(i => (string)i["date"]!).First();
        var cards = page.QuerySelectorAll(".card");
        Assert.InRange(cards.Length, 1, 6);
        Assert.Contains((string)newest["title"]!, cards[0].TextContent);
        Assert.All(cards, card => Assert.NotNull(card.QuerySelector("img[src^='/media/'][alt]")));
        Assert.NotEmpty(page.QuerySelectorAll(".doc-row"));
        foreach (var cluster in DemoRecipe.Clusters)
        {
            Assert.Contains((string)cluster["name"]!, Text(page));
        }
    }

    public static TheoryData<string> ConferenceIds => new(DemoRecipe.Items("Conference").Select(i => (string)i["id"]!));

    [Theory]
    [MemberData(nameof(ConferenceIds))]
    public async Task A_write_up_shows_its_date_place_cluster_body_photos_and_attachments(string id)
    {
        var item = DemoRecipe.Items("Conference").Single(i => (string?)i["id"] == id);
        var page = await site.GetDocumentAsync($"/tin-tuc/{item["slug"]}");

        Assert.Equal((string)item["title"]!, page.QuerySelector("h1")!.TextContent.Trim());
        var meta = page.QuerySelector(".article .meta")!.TextContent;
        Assert.Contains(Date(item["date"]), meta);
        Assert.Contains((string)item["location"]!, meta);
        Assert.Contains((string)DemoRecipe.Cluster((string)item["cluster"]!)["name"]!, Text(page));
        Assert.NotEmpty(page.QuerySelector(".body")!.QuerySelectorAll("p"));
        var figures = page.QuerySelectorAll(".article figure");
        var photos = item["photos"]!.AsArray();
        Assert.Equal(photos.Count, figures.Length);
        for (var i = 0; i < photos.Count; i++)
        {
            var caption = (string)photos[i]!["caption"]!;
            Assert.Equal(caption, figures[i].QuerySelector("img")!.GetAttribute("alt"));
            Assert.Equal(caption, figures[i].QuerySelector("figcaption")!.TextContent.Trim());
        }
        var attachments = item["attachments"]?.AsArray() ?? [];
        Assert.Equal(attachments.Count, page.QuerySelectorAll(".attachments li").Length);
    }

    [Fact]
    public async Task The_news_list_filters_by_cluster_and_year()
    {
        var conferences = DemoRecipe.Items("Conference").ToList();
        var all = await site.GetDocumentAsync("/tin-tuc");
        Assert.Contains($"{conferences.Count} bài viết", all.QuerySelector(".result-count")!.TextContent);

        var cluster = DemoRecipe.Cluster((string)conferences[0]["cluster"]!);
        var expected = conferences.Where(c => (string?)c["cluster"] == (string?)cluster["id"]).ToList();
        var byCluster = await site.GetDocumentAsync($"/tin-tuc?cum={cluster["slug"] ?? Slug.From((string)cluster["name"]!)}");
        Assert.Equal(expected.Count, byCluster.QuerySelectorAll(".card").Length);
        Assert.All(expected, c => Assert.Contains((string)c["title"]!, Text(byCluster)));

        var year = DateOnly.Parse((string)conferences[0]["date"]!, System.Globalization.CultureInfo.InvariantCulture).Year;
        var byYear = await site.GetDocumentAsync($"/tin-tuc?nam={year}");
        var inYear = conferences.Where(c => ((string)c["date"]!).StartsWith($"{year}-", StringComparison.Ordinal)).ToList();
        Assert.Equal(inYear.Count, byYear.QuerySelectorAll(".card").Length);
        Assert.Equal(year.ToString(), byYear.QuerySelector("select[name=nam] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_list_past_its_last_page_is_empty_not_an_error()
    {
        var page = await site.GetDocumentAsync("/tin-tuc?trang=999");
        Assert.Empty(page.QuerySelectorAll(".card"));
        Assert.NotNull(page.QuerySelector(".empty"));
    }

    private static readonly string[] DocumentTypes = ["Plan", "AwardDecision", "Document", "Reference"];

    public static TheoryData<string> DocumentIds => new(
        DocumentTypes.SelectMany(DemoRecipe.Items).Select(i => (string)i["id"]!));

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public async Task A_document_shows_number_issuer_date_signer_summary_legal_bases_and_its_lists(string id)
    {
        var item = DocumentTypes.SelectMany(DemoRecipe.Items).Single(i => (string?)i["id"] == id);
        var page = await site.GetDocumentAsync($"/van-ban/{item["slug"]}");
        var text = Text(page);

        Assert.Equal((string)item["title"]!, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(DocumentNumber.TryParse((string)item["number"]!, out var number) ? number.ToString() : null, page.QuerySelector(".doc-number")!.TextContent.Trim());
        Assert.Contains((string)item["issuer"]!, text);
        Assert.Contains(Date(item["issuedOn"]), text);
        Assert.Contains((string)item["summary"]!, text);
        if (item["signer"] is JsonObject signer)
        {
            Assert.Contains((string)signer["name"]!, text);
        }
        foreach (var basis in item["legalBases"]?.AsArray() ?? [])
        {
            Assert.Contains((string)basis!, text);
        }
        foreach (var recipient in item["recipients"]?.AsArray() ?? [])
        {
            Assert.Contains((string)recipient!, text);
        }
        if (item["awards"] is JsonArray awards)
        {
            var rows = page.QuerySelectorAll("table.awards tbody tr");
            Assert.Equal(awards.Count, rows.Length);
            Assert.All(awards, award => Assert.Contains((string)award!["recipient"]!, text));
            Assert.Contains(rows, row => row.TextContent.Contains("Tập thể") || row.TextContent.Contains("Cá nhân"));
        }
        if (item["milestones"] is JsonArray milestones)
        {
            Assert.Equal(milestones.Count, page.QuerySelectorAll("table.data tbody tr").Length);
            Assert.All(milestones, m => Assert.Contains(Date(m!["due"]), text));
        }
    }

    private const int DocumentsPerPage = 20;

    [Fact]
    public async Task The_documents_list_filters_by_type_cluster_and_year()
    {
        var decisions = DemoRecipe.Items("AwardDecision").ToList();
        var byType = await site.GetDocumentAsync("/van-ban?loai=AwardDecision");
        Assert.Contains($"{decisions.Count} văn bản", byType.QuerySelector(".result-count")!.TextContent);
        Assert.Equal(Math.Min(DocumentsPerPage, decisions.Count), byType.QuerySelectorAll("table.doc-table tbody tr").Length);
        Assert.All(byType.QuerySelectorAll(".doc-kind"), kind => Assert.Equal("Quyết định khen thưởng", kind.TextContent));

        var plan = DemoRecipe.Items("Plan").First();
        var cluster = DemoRecipe.Cluster((string)plan["cluster"]!);
        var slug = (string?)cluster["slug"] ?? Slug.From((string)cluster["name"]!);
        var byCluster = await site.GetDocumentAsync($"/van-ban?loai=Plan&cum={slug}");
        Assert.Contains((string)plan["title"]!, Text(byCluster));

        var year = (int)decisions[0]["year"]!;
        var byYear = await site.GetDocumentAsync($"/van-ban?loai=AwardDecision&nam={year}");
        Assert.Equal(decisions.Count(d => (int)d["year"]! == year), byYear.QuerySelectorAll("table.doc-table tbody tr").Length);
    }

    [Fact]
    public async Task Clusters_are_grouped_by_province_with_links_to_each()
    {
        var page = await site.GetDocumentAsync("/cum-thi-dua");
        var groups = page.QuerySelectorAll(".cluster-group h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(DemoRecipe.Clusters.Select(c => (string?)c["province"] ?? "Khác").Distinct().Order().ToList(), groups.Order().ToList());
        Assert.Equal(DemoRecipe.Clusters.Count(), page.QuerySelectorAll(".cluster-list a").Length);
    }

    public static TheoryData<string> ClusterIds => new(DemoRecipe.Clusters.Select(c => (string)c["id"]!));

    [Theory]
    [MemberData(nameof(ClusterIds))]
    public async Task A_cluster_shows_its_leader_deputy_and_members_for_each_year_and_its_news(string id)
    {
        var cluster = DemoRecipe.Cluster(id);
        var slug = (string?)cluster["slug"] ?? Slug.From((string)cluster["name"]!);
        var page = await site.GetDocumentAsync($"/cum-thi-dua/{slug}");

        Assert.Equal((string)cluster["name"]!, page.QuerySelector("h1")!.TextContent.Trim());
        var terms = cluster["terms"]?.AsArray() ?? [];
        var sections = page.QuerySelectorAll(".term");
        Assert.Equal(terms.Count, sections.Length);
        foreach (var term in terms.Select(t => t!))
        {
            var section = sections.Single(s => s.QuerySelector("h3")!.TextContent.Contains($"{term["year"]}"));
            if ((string?)term["leader"] is { } leader)
            {
                Assert.Contains(DemoRecipe.UnitName(leader), section.TextContent);
            }
            if ((string?)term["deputy"] is { } deputy)
            {
                Assert.Contains(DemoRecipe.UnitName(deputy), section.TextContent);
            }
            Assert.Equal(term["members"]?.AsArray().Count ?? 0, section.QuerySelectorAll("ol li").Length);
        }
        var news = DemoRecipe.Items("Conference").Where(c => (string?)c["cluster"] == id).ToList();
        Assert.Equal(Math.Min(6, news.Count), page.QuerySelectorAll(".card").Length);
    }

    [Theory]
    [InlineData("/tin-tuc/khong-co-bai-nay")]
    [InlineData("/van-ban/khong-co-van-ban-nay")]
    [InlineData("/cum-thi-dua/khong-co-cum-nay")]
    [InlineData("/trang-khong-ton-tai")]
    public async Task Unknown_addresses_get_a_Vietnamese_404_page(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Photos_are_served_as_images_and_attachments_as_downloads()
    {
        var client = site.CreateClient();
        var withAttachment = DemoRecipe.Items("Plan").Concat(DemoRecipe.Items("AwardDecision"))
            .First(i => i["attachments"]?.AsArray().Count > 0);
        var page = await site.GetDocumentAsync($"/van-ban/{withAttachment["slug"]}");
        var link = page.QuerySelector(".attachments a")!.GetAttribute("href")!;

        var download = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var home = await site.GetDocumentAsync("/");
        var photo = await client.GetAsync(home.QuerySelector(".card img")!.GetAttribute("src"));
        // The demo's renditions are made in the background; until then the address gives the placeholder, never the original.
        Assert.Contains(photo.Content.Headers.ContentType!.MediaType, new[] { "image/jpeg", EmulationPortal.Media.Services.PhotoPlaceholder.ContentType });
        Assert.Equal(photo.Content.Headers.ContentType.MediaType == "image/jpeg", photo.Headers.CacheControl!.ToString().Contains("immutable"));
        Assert.Null(photo.Content.Headers.ContentDisposition);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/..%2F..%2Fportal.db")).StatusCode);
    }

    [Fact]
    public async Task Ready_once_the_database_is_migrated()
    {
        var response = await site.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
