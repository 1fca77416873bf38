using System.Net;
using System.Net.Http.Headers;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Pages;

/// <summary>Odd but possible requests get a proper answer, never a 500 or a broken response, on both engines.</summary>
public sealed class RequestEdgeTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public Task InitializeAsync() => _site.Service<EmulationPortal.Core.Recipes.RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(
        TestRecipes.WithContent(TestRecipes.Conference("bai-mot", "Hội nghị sơ kết thi đua")),
        TestRecipes.Person("quantri", Password, ["Administrator"]))));

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("2147483646")]
    [InlineData("1073741824")]
    [InlineData("-2147483648")]
    [InlineData("0")]
    public async Task Any_page_number_gives_a_page(string page)
    {
        var reader = _site.CreateClient();
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);

        foreach (var url in new[] { $"/tin-tuc?trang={page}", $"/van-ban?trang={page}", $"/tim-kiem?q=thi+dua&trang={page}", $"/api/search?q=thi+dua&page={page}" })
        {
            var response = await reader.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }
        var list = await admin.GetAsync($"/admin/noi-dung?trang={page}");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(200)]
    [InlineData(204)]
    [InlineData(302)]
    [InlineData(304)]
    [InlineData(399)]
    [InlineData(600)]
    [InlineData(999)]
    [InlineData(-500)]
    [InlineData(2147483647)]
    public async Task An_error_page_for_a_status_that_is_no_error_is_not_found(int code)
    {
        var response = await _site.CreateClient().GetAsync($"/loi/{code}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(400, "Yêu cầu không hợp lệ")]
    [InlineData(403, "Yêu cầu không hợp lệ")]
    [InlineData(404, "Không tìm thấy trang")]
    [InlineData(500, "Đã có lỗi xảy ra")]
    [InlineData(503, "Đã có lỗi xảy ra")]
    public async Task An_error_page_for_an_error_status_shows_it(int code, string heading)
    {
        var response = await _site.CreateClient().GetAsync($"/loi/{code}");

        Assert.Equal(code, (int)response.StatusCode);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(AdminClient.LoginPath)]
    [InlineData("/admin/media/tai-len")]
    [InlineData("/admin/noi-dung/bai-mot/chuyen")]
    public async Task A_form_part_with_an_oversized_header_is_a_clean_bad_request(string url)
    {
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        using var form = new MultipartFormDataContent();
        var field = new StringContent("quantri");
        // 20 KB of header in one part: more than the 16 KB the form reader allows.
        field.Headers.Add("X-Padding", new string('a', 20 * 1024));
        form.Add(field, "UserName");
        form.Add(new StringContent(Password), "Password");

        var response = await admin.Http.PostAsync(url, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Yêu cầu không hợp lệ", body);
        Assert.DoesNotContain("Exception", body);
    }
}
