using System.Net;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Modules;

/// <summary>
/// The README's recipes "how to add a module" and "how to add a content type", followed by
/// tests/TestModules.Notices (a "Thông báo" type with its own section, pages and editor) without
/// touching Core: loaded into a site, its notices are written, published, found and shown.
/// </summary>
public sealed class NoticeModuleTests : IDisposable
{
    private const string Password = "Matkhau-2026a";

    private readonly PortalFactory _site = new(PortalFactory.NewDataPath(), demoContent: false, new Dictionary<string, string>
    {
        [$"{ModuleCatalog.AddSection}:0"] = "TestModules.Notices",
    }, ownsDataPath: true);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_notice_of_a_module_added_by_the_recipes_is_written_published_found_and_shown()
    {
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(TestRecipes.WithContent(),
            TestRecipes.Person("canbo", Password, ["Staff"]))));
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Thông báo lịch họp giao ban cụm", ["ClusterId"] = TestRecipes.ClusterId,
            ["Date"] = "", ["Body"] = "Cuộc họp giao ban bàn về **phong trào trồng cây** đầu xuân.",
        };

        var refused = await staff.PostFormAsync("/admin/thong-bao/tao", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Ngày thông báo", (await PortalFactory.ParseAsync(refused)).QuerySelector(".error-box")!.TextContent);

        fields["Date"] = "2026-02-03";
        var saved = await staff.PostFormAsync("/admin/thong-bao/tao", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/').Last();
        var published = await staff.PostFormAsync($"/admin/noi-dung/{id}/chuyen", new Dictionary<string, string> { ["action"] = "Publish" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var search = await _site.GetDocumentAsync("/tim-kiem?q=" + Uri.EscapeDataString("phong trào trồng cây"));
        var link = search.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).FirstOrDefault(href => href?.StartsWith("/thong-bao/", StringComparison.Ordinal) == true);
        Assert.NotNull(link);
        var page = await _site.GetDocumentAsync(link);
        Assert.Equal("Thông báo lịch họp giao ban cụm", page.QuerySelector("article.notice h1")!.TextContent);
        Assert.Contains("phong trào trồng cây", page.QuerySelector("article.notice strong")!.TextContent);
        var list = await _site.GetDocumentAsync("/thong-bao");
        Assert.Contains(list.QuerySelectorAll("ul.notices a"), a => a.GetAttribute("href") == link);
    }
}
