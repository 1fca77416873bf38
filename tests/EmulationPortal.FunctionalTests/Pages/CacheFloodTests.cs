using System.Net;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Core.Recipes;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace EmulationPortal.FunctionalTests.Pages;

/// <summary>
/// Query strings nobody's page reads cannot fill the output cache: a page varies by the keys its action
/// binds, read as the action reads them, and the store has a bound.
/// </summary>
// The output cache's store lives in memory, whichever database the pages read.
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
public sealed class CacheFloodTests : IAsyncLifetime
{
    private const int Requests = 2_000;
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public Task InitializeAsync() => _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(
        TestRecipes.Conference("bai-mot", "Hội nghị sơ kết thi đua"),
        TestRecipes.Conference("bai-hai", "Hội nghị tổng kết thi đua"))));

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    // Each request below is a different URL; {0} is the request's number.
    [Theory]
    [InlineData("/tin-tuc?x={0}")]
    [InlineData("/tin-tuc?trang=1&utm_source={0}")]
    [InlineData("/tin-tuc?nam=abc{0}")]
    [InlineData("/tin-tuc?trang=1&trang={0}")]
    [InlineData("/tin-tuc?trang=0{0:D4}x")]
    [InlineData("/van-ban?loai=Plan&_={0}")]
    [InlineData("/tim-kiem?q=thi+%C4%91ua&fbclid={0}")]
    [InlineData("/api/search?q=thi+dua&callback={0}")]
    [InlineData("/cum-thi-dua?{0}")]
    [InlineData("/?v={0}")]
    public async Task Thousands_of_distinct_unread_query_values_store_one_page(string urlFormat)
    {
        var client = _site.CreateClient();
        var cache = _site.Service<PublicPageCache>();
        var generation = cache.Generation;
        var stored = 0;
        for (var i = 0; i < Requests; i++)
        {
            var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, urlFormat, i));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // Every answer not taken from the cache was rendered and stored as a new entry.
            if (response.Headers.Age is null)
            {
                stored++;
            }
        }

        // The site's own work (its photo's renditions) may evict the pages meanwhile; each eviction
        // rightly stores the page once more, and nothing else may.
        var evictions = cache.Generation - generation;
        Assert.InRange(evictions, 0, 5);
        Assert.InRange(stored, 1, 1 + evictions);
    }

    [Fact]
    public async Task The_keys_a_page_reads_still_give_each_its_own_page()
    {
        var client = _site.CreateClient();

        var plain = await client.GetStringAsync("/tim-kiem?q=so+ket");
        var other = await client.GetStringAsync("/tim-kiem?q=tong+ket");
        var year = await client.GetStringAsync("/tim-kiem?q=so+ket&nam=1999");

        const string SoKet = "/tin-tuc/hoi-nghi-so-ket-thi-dua", TongKet = "/tin-tuc/hoi-nghi-tong-ket-thi-dua";
        Assert.Contains(SoKet, plain);
        Assert.DoesNotContain(TongKet, plain);
        Assert.Contains(TongKet, other);
        Assert.DoesNotContain(SoKet, other);
        Assert.DoesNotContain(SoKet, year);
        Assert.Equal(plain, await client.GetStringAsync("/tim-kiem?q=so+ket&khac=1"));
    }

    [Fact]
    public void The_store_is_bounded()
    {
        var options = _site.Service<IOptions<OutputCacheOptions>>().Value;

        Assert.Equal(PublicPageCache.SizeLimit, options.SizeLimit);
        Assert.InRange(options.SizeLimit, 1, 64L * 1024 * 1024);
        Assert.InRange(options.MaximumBodySize, 1, 1024 * 1024);
    }
}
