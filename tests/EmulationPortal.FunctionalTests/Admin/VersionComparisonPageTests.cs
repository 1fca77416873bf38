using System.Net;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>The comparison of two versions of an award decision as a reviewer reads it.</summary>
public sealed class VersionComparisonPageTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    private static JsonObject Award(string kind, string type, string recipient) =>
        new() { ["kind"] = kind, ["recipientType"] = type, ["recipient"] = recipient };

    public async Task InitializeAsync()
    {
        var decision = new JsonObject
        {
            ["type"] = "AwardDecision",
            ["id"] = "qd-khen",
            ["cluster"] = TestRecipes.ClusterId,
            ["title"] = "Quyết định khen thưởng năm 2025",
            ["status"] = "Draft",
            ["number"] = "12/QĐ-CTĐ12",
            ["issuedOn"] = "2026-03-20",
            ["issuer"] = "Cụm thi đua số 12",
            ["summary"] = "Về việc khen thưởng",
            ["year"] = 2025,
            ["body"] = "**Điều 1.** Tặng Bằng khen cho 02 tập thể.\n\n**Điều 2.** Quyết định có hiệu lực từ ngày ký.",
            ["awards"] = new JsonArray(
                Award("Bằng khen", "Collective", "Xã Nam Đàn"),
                Award("Bằng khen", "Individual", "Trần Thị B")),
        };
        var recipe = TestRecipes.WithContent(decision);
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("duyet", Password, null, (TestRecipes.ClusterId, "Reviewer")));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_decision_whose_award_list_date_and_body_changed_reads_in_Vietnamese_row_by_row_and_word_by_word()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var saved = await editor.PostFormAsync("/admin/van-ban/qd-khen/sua", new Dictionary<string, string>
        {
            ["Version"] = "1", ["Type"] = "AwardDecision", ["Title"] = "Quyết định khen thưởng năm 2025", ["ClusterId"] = TestRecipes.ClusterId,
            ["Number"] = "12/QĐ-CTĐ12", ["IssuedOn"] = "2026-12-02", ["Issuer"] = "Cụm thi đua số 12", ["Summary"] = "Về việc khen thưởng",
            ["Year"] = "2025", ["Body"] = "**Điều 1.** Tặng Bằng khen cho 03 tập thể.\n\n**Điều 2.** Quyết định có hiệu lực từ ngày ký.",
            ["LegalBases"] = "", ["SignerName"] = "", ["SignerPosition"] = "", ["Recipients"] = "",
            ["Awards[0].Kind"] = "Giấy khen", ["Awards[0].RecipientType"] = "Collective", ["Awards[0].Recipient"] = "Trường Tiểu học Kim Liên",
            ["Awards[1].Kind"] = "Bằng khen", ["Awards[1].RecipientType"] = "Collective", ["Awards[1].Recipient"] = "Xã Nam Đàn",
            ["Awards[2].Kind"] = "Bằng khen", ["Awards[2].RecipientType"] = "Individual", ["Awards[2].Recipient"] = "Trần Thị Bích",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);

        var page = await reviewer.GetDocumentAsync("/admin/noi-dung/qd-khen/so-sanh?tu=1&den=2");

        var changes = page.QuerySelectorAll(".compare-change");
        AngleSharp.Dom.IElement Change(string label) =>
            Assert.Single(changes, c => c.QuerySelector(".compare-label")!.TextContent.Contains(label, StringComparison.Ordinal));
        Assert.Equal(4, changes.Length);
        var date = Change("Ngày ban hành");
        Assert.Equal("20/03/2026", date.QuerySelector(".compare-before del")!.TextContent);
        Assert.Equal("02/12/2026", date.QuerySelector(".compare-after ins")!.TextContent);
        var body = Change("Nội dung");
        Assert.Equal("02", body.QuerySelector(".compare-text del")!.TextContent.Replace("[đã xóa: ", "").TrimEnd(']'));
        Assert.Equal("03", body.QuerySelector(".compare-text ins")!.TextContent.Replace("[đã thêm: ", "").TrimEnd(']'));
        Assert.Equal(2, body.QuerySelectorAll(".compare-text p").Length);
        Assert.DoesNotContain("**", body.TextContent);
        var added = Change("Danh sách khen thưởng, dòng 1");
        Assert.Contains("thêm mới", added.QuerySelector(".compare-label")!.TextContent);
        Assert.Contains("Tập thể", added.TextContent);
        var cell = Assert.Single(Change("Danh sách khen thưởng, dòng 3").QuerySelectorAll(".compare-cell"));
        Assert.Equal("Tên tập thể, cá nhân", cell.QuerySelector(".compare-cell-label")!.TextContent);
        Assert.Contains("Trần Thị B", cell.QuerySelector(".compare-before")!.TextContent);
        Assert.Contains("Trần Thị Bích", cell.QuerySelector(".compare-after")!.TextContent);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Collective", text);
        Assert.DoesNotContain("awards[", text);
        Assert.DoesNotContain("2026-12-02", text);
        Assert.Empty(page.QuerySelectorAll("main [style]"));
    }
}
