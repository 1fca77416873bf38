using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Dapper;
using EmulationPortal.Core.Recipes;
using EmulationPortal.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>
/// Shared preview links: someone who may see a draft makes a link a leader without an account opens; it is never
/// cached, indexed or leaked, and ends when it expires, is revoked or (if the sharer chose so) the item changes.
/// </summary>
public sealed class PreviewLinkTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string OtherCluster = "cum-khac";
    private const string DraftTitle = "Hội nghị sơ kết chưa công bố";
    private const string Gone = "Liên kết xem trước không còn hiệu lực";

    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly ClockedSite _site;

    public PreviewLinkTests() => _site = new ClockedSite(_clock);

    /// <summary>A fresh site whose clock the test moves.</summary>
    private sealed class ClockedSite(TimeProvider clock) : PortalFactory(NewDataPath(), demoContent: false, ownsDataPath: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.WithContent(
            TestRecipes.Conference("bai-nhap", DraftTitle, status: "Draft", body: "Nội dung dự thảo gửi lãnh đạo góp ý."),
            TestRecipes.Conference("bai-dang", "Hội nghị tổng kết đã đăng", body: "Đã đăng."),
            new JsonObject
            {
                ["type"] = "Plan", ["id"] = "ke-hoach-nhap", ["cluster"] = TestRecipes.ClusterId, ["title"] = "Kế hoạch thi đua năm 2027 (dự thảo)",
                ["status"] = "InReview", ["number"] = "12/KH-CTĐ", ["issuedOn"] = "2027-01-10", ["issuer"] = "Cụm thi đua thử nghiệm",
                ["summary"] = "Phát động phong trào thi đua năm 2027",
            });
        recipe["steps"]![1]!["clusters"]!.AsArray().Add(new JsonObject
        {
            ["id"] = OtherCluster, ["kind"] = "Cluster", ["number"] = 98, ["name"] = "Cụm thi đua khác", ["slug"] = "cum-thi-dua-khac",
            ["province"] = "Nghệ An", ["reviewRequired"] = true,
        });
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("bientap-khac", Password, null, (OtherCluster, "Editor")),
            TestRecipes.Person("canbo", Password, ["Staff"]));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
        await _site.ChangeFeedSettledAsync();
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> MakeLinkAsync(AdminClient person, string id, int? days = null, bool voidOnChange = false)
    {
        var fields = new Dictionary<string, string>();
        if (days is { } value)
        {
            fields["days"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (voidOnChange)
        {
            fields["voidOnChange"] = "true";
        }
        return person.PostFormAsync($"/admin/noi-dung/{id}/lien-ket-xem-truoc", fields);
    }

    /// <summary>Makes a link as the cluster's editor and returns its address as the item page shows it.</summary>
    private async Task<string> SharedAddressAsync(AdminClient editor, string id = "bai-nhap", int? days = null, bool voidOnChange = false)
    {
        var before = (await LinksAsync(editor, id)).Keys;
        var made = await MakeLinkAsync(editor, id, days, voidOnChange);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal($"/admin/noi-dung/{id}#lien-ket-xem-truoc", made.Headers.Location!.OriginalString);
        return Assert.Single(await LinksAsync(editor, id), link => !before.Contains(link.Key)).Value;
    }

    /// <summary>The addresses of the links in force the item page shows, by link (each page view protects the key afresh).</summary>
    private static async Task<Dictionary<string, string>> LinksAsync(AdminClient person, string id) =>
        (await person.GetDocumentAsync($"/admin/noi-dung/{id}")).QuerySelectorAll(".preview-link")
            .ToDictionary(li => li.GetAttribute("data-link")!, li => li.QuerySelector("input[data-preview-link]")!.GetAttribute("value")!);

    private async Task<long> LinkCountAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM preview_links");
    }

    private HttpClient Stranger() => _site.CreateClient(new() { AllowAutoRedirect = false });

    private static async Task<IDocument> GoneAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        AssertNeitherKeptNorIndexed(response);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal(Gone, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("người đã gửi liên kết", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(DraftTitle, page.DocumentElement.OuterHtml);
        return page;
    }

    private static void AssertNeitherKeptNorIndexed(HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.True(response.Headers.CacheControl?.Private, "Cache-Control: private");
        Assert.Null(response.Headers.Age);
        Assert.Equal("noindex, nofollow", string.Join(", ", response.Headers.GetValues("X-Robots-Tag")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Only_someone_who_may_see_the_draft_makes_a_link()
    {
        var other = await AdminClient.LoginAsync(_site, "bientap-khac", Password);
        var refused = await MakeLinkAsync(other, "bai-nhap");
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden
            || refused.Headers.Location?.OriginalString.Contains("/admin/khong-co-quyen") == true, $"{(int)refused.StatusCode} {refused.Headers.Location}");
        var anonymous = AdminClient.Anonymous(_site);
        var signIn = await anonymous.PostFormAsync("/admin/noi-dung/bai-nhap/lien-ket-xem-truoc", []);
        Assert.Contains("/admin/dang-nhap", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await MakeLinkAsync(other, "khong-co-bai-nay")).StatusCode);
        Assert.Equal(0, await LinkCountAsync());

        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var tooLong = await MakeLinkAsync(editor, "bai-nhap", days: 31);
        Assert.Contains("từ 1 đến 30 ngày", (await editor.GetDocumentAsync(tooLong.Headers.Location!.OriginalString)).QuerySelector(".error-box")!.TextContent);
        Assert.Equal(0, await LinkCountAsync());

        await SharedAddressAsync(editor);
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        await SharedAddressAsync(staff);
        Assert.Equal(2, await LinkCountAsync());
        Assert.Empty(await LinksAsync(staff, "bai-dang"));
    }

    [Fact]
    public async Task A_stranger_opens_the_draft_through_the_link_with_the_banner_and_nothing_that_keeps_indexes_or_leaks_it()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var address = await SharedAddressAsync(editor);
        Assert.StartsWith("http://localhost/tin-tuc/xem-truoc/bai-nhap?ma=", address);
        Assert.Equal(HttpStatusCode.Redirect, (await Stranger().GetAsync("/tin-tuc/xem-truoc/bai-nhap")).StatusCode);

        var response = await Stranger().GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNeitherKeptNorIndexed(response);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal(DraftTitle, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Nội dung dự thảo gửi lãnh đạo góp ý.", page.QuerySelector(".article .body")!.TextContent);
        var banner = page.QuerySelector(".preview-banner")!.TextContent;
        Assert.Contains("Bản xem trước – chưa công bố", banner);
        Assert.Contains("Liên kết hết hạn lúc", banner);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("a[href*='/admin']"));
        Assert.Empty(page.QuerySelectorAll("a[href*='xem-truoc']"));
        Assert.Contains("mở lần cuối", (await editor.GetDocumentAsync("/admin/noi-dung/bai-nhap")).QuerySelector(".preview-link .meta")!.TextContent);
    }

    [Fact]
    public async Task A_link_to_a_document_in_review_opens_the_document_s_own_page()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var address = await SharedAddressAsync(editor, "ke-hoach-nhap");
        Assert.StartsWith("http://localhost/van-ban/xem-truoc/ke-hoach-nhap?ma=", address);

        var response = await Stranger().GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNeitherKeptNorIndexed(response);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Equal("Kế hoạch thi đua năm 2027 (dự thảo)", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("12/KH-CTĐ", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Bản xem trước – chưa công bố", page.QuerySelector(".preview-banner")!.TextContent);
        await GoneAsync(await Stranger().GetAsync(address.Replace("/van-ban/", "/tin-tuc/")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_link_ends_when_it_expires()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var week = await SharedAddressAsync(editor);
        var day = await SharedAddressAsync(editor, days: 1);

        _clock.Now += TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1);
        Assert.Equal(HttpStatusCode.OK, (await Stranger().GetAsync(week)).StatusCode);
        await GoneAsync(await Stranger().GetAsync(day), HttpStatusCode.NotFound);

        _clock.Now += TimeSpan.FromDays(6);
        await GoneAsync(await Stranger().GetAsync(week), HttpStatusCode.NotFound);
        var again = await AdminClient.LoginAsync(_site, "bientap", Password);
        var item = await again.GetDocumentAsync("/admin/noi-dung/bai-nhap");
        Assert.Empty(item.QuerySelectorAll("input[data-preview-link]"));
        Assert.Equal(2, item.QuerySelectorAll(".preview-links-ended li").Count(li => li.TextContent.Contains("Hết hạn lúc")));
    }

    [Fact]
    public async Task A_revoked_link_stops_at_once_and_the_item_page_keeps_who_revoked_it()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var address = await SharedAddressAsync(editor);
        Assert.Equal(HttpStatusCode.OK, (await Stranger().GetAsync(address)).StatusCode);
        var page = await editor.GetDocumentAsync("/admin/noi-dung/bai-nhap");
        var revoke = page.QuerySelector(".preview-link form")!.GetAttribute("action")!;

        var other = await AdminClient.LoginAsync(_site, "bientap-khac", Password);
        var refused = await other.PostFormAsync(revoke, []);
        Assert.NotEqual($"/admin/noi-dung/bai-nhap#lien-ket-xem-truoc", refused.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Stranger().GetAsync(address)).StatusCode);

        var revoked = await editor.PostFormAsync(revoke, []);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await GoneAsync(await Stranger().GetAsync(address), HttpStatusCode.NotFound);
        var after = await editor.GetDocumentAsync(revoked.Headers.Location!.OriginalString);
        Assert.Contains("Đã thu hồi liên kết", after.QuerySelector(".notice")!.TextContent);
        Assert.Contains("Đã thu hồi bởi bientap", after.QuerySelector(".preview-links-ended")!.TextContent);
        Assert.Empty(after.QuerySelectorAll("input[data-preview-link]"));
    }

    [Fact]
    public async Task An_altered_or_unknown_key_or_one_for_another_item_is_refused_alike_without_telling_whether_the_item_exists()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var address = await SharedAddressAsync(editor);
        var key = address[(address.IndexOf("?ma=", StringComparison.Ordinal) + 4)..];
        var altered = key[..^3] + (key[^3] == 'A' ? 'B' : 'A') + key[^2..];

        var answers = new[]
        {
            $"/tin-tuc/xem-truoc/bai-nhap?ma={altered}",
            "/tin-tuc/xem-truoc/bai-nhap?ma=khong-phai-khoa",
            "/tin-tuc/xem-truoc/bai-nhap?ma=",
            $"/tin-tuc/xem-truoc/bai-dang?ma={key}",
            $"/tin-tuc/xem-truoc/khong-co-bai-nay?ma={key}",
            $"/van-ban/xem-truoc/bai-nhap?ma={key}",
        };
        var pages = new List<string>();
        foreach (var url in answers)
        {
            var page = await GoneAsync(await Stranger().GetAsync(url), HttpStatusCode.NotFound);
            pages.Add(page.QuerySelector("main")!.TextContent);
        }

        Assert.Single(pages.Distinct());
        Assert.Equal(HttpStatusCode.OK, (await Stranger().GetAsync(address)).StatusCode);
    }

    [Fact]
    public async Task A_link_made_to_end_with_its_version_ends_when_the_item_changes_and_one_that_was_not_shows_the_change()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var exact = await SharedAddressAsync(editor, voidOnChange: true);
        var following = await SharedAddressAsync(editor);
        Assert.Equal(HttpStatusCode.OK, (await Stranger().GetAsync(exact)).StatusCode);

        var saved = await editor.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", new Dictionary<string, string>
        {
            ["Version"] = "1", ["Title"] = DraftTitle, ["ClusterId"] = TestRecipes.ClusterId,
            ["Date"] = "2025-12-20", ["Location"] = "Hội trường xã", ["Body"] = "Bản dự thảo đã sửa theo góp ý.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var changed = await GoneAsync(await Stranger().GetAsync(exact), HttpStatusCode.Gone);
        Assert.Contains("đã được sửa sau khi liên kết này được gửi", changed.QuerySelector("main")!.TextContent);
        var page = await PortalFactory.ParseAsync(await Stranger().GetAsync(following));
        Assert.Contains("Bản dự thảo đã sửa theo góp ý.", page.QuerySelector(".article .body")!.TextContent);
        var item = await editor.GetDocumentAsync("/admin/noi-dung/bai-nhap");
        Assert.Contains("Hết hiệu lực vì bài đã được sửa sau phiên bản 1", item.QuerySelector(".preview-links-ended")!.TextContent);
        Assert.Single(item.QuerySelectorAll("input[data-preview-link]"));
    }

    [Fact]
    public async Task Two_strangers_never_get_a_stored_copy_and_the_second_sees_a_change_made_between_them()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var address = await SharedAddressAsync(editor);
        var first = await Stranger().GetAsync(address);
        Assert.Contains("Nội dung dự thảo gửi lãnh đạo góp ý.", await first.Content.ReadAsStringAsync());

        await editor.PostFormAsync("/admin/tin-tuc/bai-nhap/sua", new Dictionary<string, string>
        {
            ["Version"] = "1", ["Title"] = "Hội nghị sơ kết (bản sửa)", ["ClusterId"] = TestRecipes.ClusterId,
            ["Date"] = "2025-12-20", ["Location"] = "Hội trường xã", ["Body"] = "Nội dung sau khi sửa.",
        });
        var second = await Stranger().GetAsync(address);

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age);
        var page = await PortalFactory.ParseAsync(second);
        Assert.Equal("Hội nghị sơ kết (bản sửa)", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Nội dung sau khi sửa.", page.QuerySelector(".article .body")!.TextContent);
    }

    [Fact]
    public async Task Neither_the_sitemap_nor_search_lists_a_draft_whose_link_was_opened()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        Assert.Equal(HttpStatusCode.OK, (await Stranger().GetAsync(await SharedAddressAsync(editor))).StatusCode);

        var sitemap = await (await Stranger().GetAsync("/sitemap.xml")).Content.ReadAsStringAsync();
        var search = await (await Stranger().GetAsync("/tim-kiem?q=so+ket+chua+cong+bo")).Content.ReadAsStringAsync();
        var api = await (await Stranger().GetAsync("/api/search?q=chua+cong+bo")).Content.ReadAsStringAsync();

        Assert.Contains("/tin-tuc/", sitemap);
        Assert.DoesNotContain("chua-cong-bo", sitemap);
        Assert.DoesNotContain("xem-truoc", sitemap);
        Assert.DoesNotContain(DraftTitle, search);
        Assert.DoesNotContain(DraftTitle, api);
    }
}
