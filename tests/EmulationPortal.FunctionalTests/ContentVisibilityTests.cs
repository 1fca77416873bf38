using System.Net;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests;

/// <summary>Only published versions reach readers; drafts, archived items and hostile Markdown do not.</summary>
public sealed class ContentVisibilityTests : IDisposable
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    private Task ImportAsync(params System.Text.Json.Nodes.JsonObject[] items) =>
        _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(items)));

    [Fact]
    public async Task A_draft_or_an_item_in_review_is_neither_listed_nor_reachable()
    {
        await ImportAsync(
            TestRecipes.Conference("ban-nhap", "Bài đang soạn thảo", status: "Draft"),
            TestRecipes.Conference("cho-duyet", "Bài đang chờ duyệt", status: "InReview"),
            TestRecipes.Conference("da-dang", "Bài đã đăng"));
        var client = _site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-tuc/bai-dang-soan-thao")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tin-tuc/bai-dang-cho-duyet")).StatusCode);
        var list = await client.GetStringAsync("/tin-tuc");
        Assert.Contains("Bài đã đăng", list);
        Assert.DoesNotContain("soạn thảo", list);
        Assert.DoesNotContain("chờ duyệt", list);
        var cluster = await client.GetStringAsync($"/cum-thi-dua/{TestRecipes.ClusterSlug}");
        Assert.DoesNotContain("soạn thảo", cluster);
    }

    [Fact]
    public async Task A_new_draft_of_a_published_item_leaves_the_published_version_live()
    {
        await ImportAsync(TestRecipes.Conference("bai-a", "Tiêu đề đã duyệt"));
        var draft = TestRecipes.Conference("bai-a", "Tiêu đề đang sửa", status: "Draft");
        draft["slug"] = "tieu-de-da-duyet";
        await ImportAsync(draft);

        var page = await _site.GetDocumentAsync("/tin-tuc/tieu-de-da-duyet");
        Assert.Equal("Tiêu đề đã duyệt", page.QuerySelector("h1")!.TextContent.Trim());
        await using var connection = await _site.OpenDatabaseAsync();
        var versions = await Dapper.SqlMapper.QuerySingleAsync<(long Latest, long Published)>(connection,
            "SELECT latest_version, published_version FROM content_items WHERE id = 'bai-a'");
        Assert.Equal((2L, 1L), versions);
    }

    [Fact]
    public async Task An_archived_item_leaves_the_public_site()
    {
        await ImportAsync(TestRecipes.Conference("bai-cu", "Bài lưu trữ"));
        Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync("/tin-tuc/bai-luu-tru")).StatusCode);

        await ImportAsync(TestRecipes.Conference("bai-cu", "Bài lưu trữ", status: "Archived"));

        Assert.Equal(HttpStatusCode.NotFound, (await _site.CreateClient().GetAsync("/tin-tuc/bai-luu-tru")).StatusCode);
    }

    [Fact]
    public async Task Hostile_Markdown_is_rendered_as_harmless_text()
    {
        const string body = """
            Đoạn mở đầu <script>alert('x')</script> và <img src=x onerror=alert(1)>.

            [Liên kết độc](javascript:alert(1)) · [Trang thật](https://example.org/bao-cao) · ![ảnh](data:image/png;base64,AAAA)

            <iframe src="https://evil.example"></iframe>
            """;
        await ImportAsync(TestRecipes.Conference("bai-doc", "Bài có mã độc", body: body));

        var page = await _site.GetDocumentAsync("/tin-tuc/bai-co-ma-doc");
        var article = page.QuerySelector(".body")!;
        Assert.Empty(article.QuerySelectorAll("script, iframe, img"));
        Assert.Contains("<script>", article.TextContent);
        var links = article.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://example.org/bao-cao"], links);
        Assert.Contains("Liên kết độc", article.TextContent);
    }
}

public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_failure_while_rendering_shows_a_Vietnamese_error_page_and_no_stack_trace()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(TestRecipes.Conference("hong", "Bài bị hỏng"))));
        await using (var connection = await site.OpenDatabaseAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE content_versions SET data = '{\"date\": 5' WHERE item_id = 'hong'");
        }

        var response = await site.CreateClient().GetAsync("/tin-tuc/bai-bi-hong");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đã có lỗi xảy ra", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at ", html);
    }
}
