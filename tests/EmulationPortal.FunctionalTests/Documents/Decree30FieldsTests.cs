using System.Net;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Documents;

/// <summary>Signing mode, marks, appendices and recipients: typed in the editor, kept, shown as on paper, exported.</summary>
public sealed class Decree30FieldsTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.BaseSteps();
        TestRecipes.WithUsers(recipe, TestRecipes.Person("canbo", Password, ["Staff"]));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_signature_block_marks_and_appendices_are_saved_shown_as_on_paper_and_exported()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var saved = await staff.PostFormAsync("/admin/van-ban/tao", new Dictionary<string, string>
        {
            ["Type"] = "Plan", ["Title"] = "Kế hoạch tổ chức hội nghị", ["ClusterId"] = TestRecipes.ClusterId,
            ["Number"] = "12/KH-UBND", ["IssuedOn"] = "2026-02-03", ["Issuer"] = "Ủy ban nhân dân huyện Thử Nghiệm",
            ["Summary"] = "Tổ chức hội nghị", ["SignerOnBehalfOf"] = "ỦY BAN NHÂN DÂN", ["SignerMode"] = "KT.",
            ["SignerSignsFor"] = "CHỦ TỊCH", ["SignerPosition"] = "PHÓ CHỦ TỊCH", ["SignerName"] = "Đinh Thị Gấm",
            ["Urgency"] = "VeryUrgent", ["Confidentiality"] = "Confidential",
            ["Recipients"] = "Sở Nội vụ;\nLưu: VT.", ["Appendices"] = "Phụ lục I: Lịch trình\nPhụ lục II: Phân công",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];

        var page = await staff.GetDocumentAsync($"/van-ban/xem-truoc/{id}");
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            page.QuerySelectorAll(".doc-signature .signature-authority").Select(p => p.TextContent));
        Assert.Equal("Đinh Thị Gấm", page.QuerySelector(".doc-signature .signature-name")!.TextContent);
        Assert.Equal(["MẬT", "THƯỢNG KHẨN"], page.QuerySelectorAll(".doc-mark").Select(m => m.TextContent));
        Assert.Equal(["Sở Nội vụ;", "Lưu: VT."], page.QuerySelectorAll(".doc-recipients li").Select(li => li.TextContent));
        Assert.Contains("Phụ lục II: Phân công", page.QuerySelector("article")!.TextContent);

        var form = await staff.GetDocumentAsync($"/admin/van-ban/{id}/sua");
        Assert.Equal("KT.", form.QuerySelector("select[name=SignerMode] option[selected]")!.GetAttribute("value"));
        Assert.Equal("ỦY BAN NHÂN DÂN", form.QuerySelector("input[name=SignerOnBehalfOf]")!.GetAttribute("value"));
        Assert.Equal("VeryUrgent", form.QuerySelector("select[name=Urgency] option[selected]")!.GetAttribute("value"));

        var export = Path.Combine(PortalFactory.NewDataPath(), "export.recipe.json");
        await _site.Service<RecipeExecutor>().ExportAsync(export, false);
        var item = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(export))!["steps"]!.AsArray()
            .Single(step => (string?)step!["name"] == "Content")!["items"]!.AsArray().Single(i => (string?)i!["number"] == "12/KH-UBND")!;
        Assert.Equal("{\"name\":\"Đinh Thị Gấm\",\"position\":\"PHÓ CHỦ TỊCH\",\"mode\":\"KT.\",\"signsFor\":\"CHỦ TỊCH\",\"onBehalfOf\":\"ỦY BAN NHÂN DÂN\"}",
            item["signer"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal("VeryUrgent", (string?)item["urgency"]);
        Assert.Equal("Confidential", (string?)item["confidentiality"]);
        Assert.Equal(2, item["appendices"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_unknown_signing_mode_is_refused_by_its_field()
    {
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var refused = await staff.PostFormAsync("/admin/van-ban/tao", new Dictionary<string, string>
        {
            ["Type"] = "Document", ["Title"] = "Công văn", ["ClusterId"] = TestRecipes.ClusterId,
            ["Number"] = "5/UBND-VP", ["IssuedOn"] = "2026-02-03", ["Issuer"] = "UBND huyện", ["Summary"] = "Về việc thử",
            ["SignerName"] = "Lê Văn Hùng", ["SignerMode"] = "XX.",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("không phải cách ký", (await PortalFactory.ParseAsync(refused)).QuerySelector("form.panel:not(.intake-upload)")!.TextContent);
    }
}
