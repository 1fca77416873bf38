using System.Net;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests;

/// <summary>
/// The hostile-Markdown corpus on every page that renders Markdown: the public write-up and document
/// pages, their draft previews, the editor's live preview (/admin/markdown), and the lists that show teasers.
/// </summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
public sealed class HostileMarkdownPagesTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var items = HostileMarkdown.Corpus.SelectMany((body, i) => new[]
        {
            WithSlug(TestRecipes.Conference($"tin-{i}", $"Bài độc số {i}", body: body), $"bai-doc-{i}"),
            TestRecipes.Conference($"nhap-{i}", $"Bản nháp độc số {i}", status: "Draft", body: body),
            Document($"vb-{i}", $"Văn bản độc số {i}", $"{i + 1}/HD-CTĐ", "Published", body),
            Document($"vb-nhap-{i}", $"Văn bản nháp độc số {i}", $"{i + 101}/HD-CTĐ", "Draft", body),
        }).ToArray();
        var recipe = TestRecipes.WithUsers(TestRecipes.WithContent(items),
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static JsonObject WithSlug(JsonObject item, string slug)
    {
        item["slug"] = slug;
        return item;
    }

    private static JsonObject Document(string id, string title, string number, string status, string body) => new()
    {
        ["type"] = "Document",
        ["id"] = id,
        ["slug"] = id,
        ["cluster"] = TestRecipes.ClusterId,
        ["title"] = title,
        ["status"] = status,
        ["number"] = number,
        ["issuedOn"] = "2025-11-20",
        ["issuer"] = "Cụm thi đua thử nghiệm",
        ["summary"] = "Hướng dẫn",
        ["body"] = body,
    };

    [Fact]
    public Task Public_write_up_and_document_pages_carry_no_script_capable_markup() =>
        AssertEveryCaseSafeAsync(_site.GetDocumentAsync, i => [$"/tin-tuc/bai-doc-{i}", $"/van-ban/vb-{i}"], ".body");

    [Fact]
    public async Task Lists_showing_teasers_of_hostile_bodies_carry_no_script_capable_markup()
    {
        foreach (var url in new[] { "/", "/tin-tuc", "/tin-tuc?trang=2", "/van-ban", $"/cum-thi-dua/{TestRecipes.ClusterSlug}", "/tim-kiem?q=javascript" })
        {
            HostileMarkdown.AssertSafePage(await _site.GetDocumentAsync(url), url);
        }
    }

    [Fact]
    public async Task Draft_previews_carry_no_script_capable_markup()
    {
        using var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        await AssertEveryCaseSafeAsync(editor.GetDocumentAsync, i => [$"/tin-tuc/xem-truoc/nhap-{i}", $"/van-ban/xem-truoc/vb-nhap-{i}"], ".preview-banner");
    }

    /// <summary>Each case's pages answer 200 with <paramref name="landmark"/> present, and nothing on them can run script.</summary>
    private static async Task AssertEveryCaseSafeAsync(Func<string, Task<AngleSharp.Dom.IDocument>> get, Func<int, string[]> urls, string landmark)
    {
        for (var i = 0; i < HostileMarkdown.Corpus.Count; i++)
        {
            foreach (var url in urls(i))
            {
                var page = await get(url);
                Assert.NotNull(page.QuerySelector(landmark));
                HostileMarkdown.AssertSafePage(page, $"{url}: {HostileMarkdown.Corpus[i]}");
            }
        }
    }

    [Fact]
    public async Task The_editors_live_preview_returns_only_the_renderers_allow_list()
    {
        using var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        foreach (var markdown in HostileMarkdown.Corpus)
        {
            var response = await editor.PostFormAsync("/admin/markdown", [new("markdown", markdown)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            HostileMarkdown.AssertSafeFragment(await response.Content.ReadAsStringAsync());
        }
    }
}
