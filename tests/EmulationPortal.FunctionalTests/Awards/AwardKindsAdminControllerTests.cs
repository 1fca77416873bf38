using System.Net;
using Dapper;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>The administrators' catalogue of award kinds: every change relinks the register at once.</summary>
public sealed class AwardKindsAdminControllerTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string Page = "/admin/khen-thuong/hinh-thuc";
    private const string Unknown = "Giấy khen của Giám đốc Sở";

    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);
    private AdminClient _admin = null!;

    public async Task InitializeAsync()
    {
        await AwardStatisticsFixture.ImportAsync(_site,
            TestRecipes.Person("quantri", Password, ["Administrator"]),
            TestRecipes.Person("canbo", Password, ["Staff"]));
        await _site.ChangeFeedSettledAsync();
        _admin = await AdminClient.LoginAsync(_site, "quantri", Password);
    }

    public Task DisposeAsync()
    {
        _admin.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    private async Task<string?> KindOfUnknownAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return await connection.QuerySingleAsync<string?>("SELECT kind_id FROM award_lines WHERE kind_text = @Unknown", new { Unknown });
    }

    [Fact]
    public async Task A_kind_met_in_decisions_becomes_a_spelling_of_a_kind_in_one_step_and_the_statistics_follow()
    {
        var reader = _site.CreateClient();
        var before = await PortalFactory.ParseAsync(await reader.GetAsync("/thong-ke"));
        Assert.Contains("Chưa phân loại", before.QuerySelector("#theo-nam-va-cap table")!.TextContent);
        var list = await _admin.GetDocumentAsync(Page);
        var row = list.QuerySelector(".uncatalogued tbody tr")!;
        Assert.Equal([Unknown, "1"], row.Children.Take(2).Select(c => c.TextContent.Trim()));

        var added = await _admin.PostFormAsync($"{Page}/cach-viet", Fields(("KindId", "giay-khen"), ("Spelling", Unknown)));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("giay-khen", await KindOfUnknownAsync());
        var after = await _admin.GetDocumentAsync(Page);
        Assert.Null(after.QuerySelector(".uncatalogued"));
        Assert.Contains(Unknown, after.QuerySelector(".notice")!.TextContent);
        Assert.Contains(Unknown, (await _admin.GetDocumentAsync($"{Page}/giay-khen")).QuerySelector("textarea[name=Spellings]")!.TextContent.Split('\n').Select(s => s.Trim()));
        await _site.ChangeFeedSettledAsync();
        var statistics = await PortalFactory.ParseAsync(await reader.GetAsync("/thong-ke"));
        Assert.DoesNotContain("Chưa phân loại", statistics.QuerySelector("#theo-nam-va-cap table")!.TextContent);
    }

    [Fact]
    public async Task Editing_a_kind_relinks_the_lines_its_old_and_new_spellings_name()
    {
        var saved = await _admin.PostFormAsync($"{Page}/giay-khen", Fields(
            ("Name", "Giấy khen"), ("Level", "CoSo"), ("Form", "HinhThuc"), ("RecipientType", ""), ("Spellings", $"  {Unknown}  \n\nGiấy khen của Giám đốc")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{Page}/giay-khen", saved.Headers.Location?.OriginalString);
        Assert.Equal("giay-khen", await KindOfUnknownAsync());

        var renamed = await _admin.PostFormAsync($"{Page}/giay-khen", Fields(("Name", "Giấy khen"), ("Level", "CoSo"), ("Form", "HinhThuc"), ("Spellings", "")));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Null(await KindOfUnknownAsync());
    }

    [Fact]
    public async Task A_new_kind_takes_the_lines_of_its_name_and_is_listed_last()
    {
        var form = await _admin.GetDocumentAsync($"{Page}/tao?ten={Uri.EscapeDataString(Unknown)}");
        Assert.Equal(Unknown, form.QuerySelector("input[name=Name]")!.GetAttribute("value"));

        var created = await _admin.PostFormAsync($"{Page}/tao", Fields(("Name", Unknown), ("Level", "CoSo"), ("Form", "HinhThuc"), ("RecipientType", "Individual"), ("Spellings", "")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"{Page}/giay-khen-cua-giam-doc-so", created.Headers.Location?.OriginalString);
        Assert.Equal("giay-khen-cua-giam-doc-so", await KindOfUnknownAsync());
        var rows = (await _admin.GetDocumentAsync(Page)).QuerySelectorAll("table.award-kinds tbody tr");
        Assert.Equal("giay-khen-cua-giam-doc-so", rows[^1].GetAttribute("data-kind"));
        Assert.Equal([Unknown, "Cơ sở", "Hình thức khen thưởng", "Cá nhân", "0", "1"], rows[^1].Children.Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Refusals_are_Vietnamese_messages_at_their_fields_and_nothing_is_saved()
    {
        var taken = await _admin.PostFormAsync($"{Page}/giay-khen", Fields(
            ("Name", "Bằng khen của Chủ tịch UBND tỉnh"), ("Level", "CoSo"), ("Form", "HinhThuc"), ("Spellings", $"{Unknown}\nCờ thi đua của UBND tỉnh")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.StatusCode);
        var page = await PortalFactory.ParseAsync(taken);
        string Error(string field) => page.QuerySelector($"[name={field}]")!.ParentElement!.QuerySelector(".field-error")!.TextContent;
        Assert.Equal("Tên “Bằng khen của Chủ tịch UBND tỉnh” đã là tên hoặc cách viết của hình thức “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh”.", Error("Name"));
        Assert.Equal("Cách viết “Cờ thi đua của UBND tỉnh” đã thuộc hình thức “Cờ thi đua của Ủy ban nhân dân tỉnh”. Mỗi cách viết chỉ thuộc một hình thức.", Error("Spellings"));
        Assert.Contains("Cờ thi đua của UBND tỉnh", page.QuerySelector("textarea[name=Spellings]")!.TextContent);
        Assert.Null(await KindOfUnknownAsync());

        var unread = await _admin.PostFormAsync($"{Page}/tao", Fields(("Name", ""), ("Level", "Tinh"), ("Form", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unread.StatusCode);
        var errors = (await PortalFactory.ParseAsync(unread)).QuerySelector(".error-box")!.TextContent;
        Assert.Contains("Chưa nhập tên hình thức khen thưởng.", errors);
        Assert.Contains("Xin chọn danh hiệu thi đua hay hình thức khen thưởng.", errors);
        Assert.DoesNotContain("Exception", errors);
        Assert.Equal(HttpStatusCode.NotFound, (await _admin.GetAsync($"{Page}/khong-co")).StatusCode);
    }

    [Fact]
    public async Task Only_administrators_edit_the_catalogue()
    {
        using var staff = await AdminClient.LoginAsync(_site, "canbo", Password);

        UsersAdminTests.AssertRefused(await staff.GetAsync(Page), "the catalogue");
        UsersAdminTests.AssertRefused(await staff.PostFormAsync($"{Page}/cach-viet", Fields(("KindId", "giay-khen"), ("Spelling", Unknown))), "a spelling");
        Assert.Null(await KindOfUnknownAsync());
        Assert.DoesNotContain("Hình thức khen thưởng", (await staff.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")!.TextContent);
        Assert.Contains("Hình thức khen thưởng", (await _admin.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")!.TextContent);
    }
}
