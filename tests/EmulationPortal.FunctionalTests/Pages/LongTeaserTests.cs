using System.Net;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Pages;

/// <summary>A write-up's teaser is cut from its first paragraph: one token longer than the teaser must not break the lists.</summary>
public sealed class LongTeaserTests : IDisposable
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_write_up_whose_first_paragraph_is_one_long_link_is_listed()
    {
        var link = "https://sonoivu.example.vn/thi-dua/" + new string('a', 265);
        Assert.Equal(300, link.Length);
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
            TestRecipes.Conference("lien-ket-dai", "Bài có liên kết dài", body: link + "\n\nĐoạn thứ hai."))));
        var client = _site.CreateClient();

        foreach (var url in new[] { "/", "/tin-tuc", $"/cum-thi-dua/{TestRecipes.ClusterSlug}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.Contains("Bài có liên kết dài", page.Body!.TextContent);
        }
    }
}
