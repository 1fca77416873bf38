using EmulationPortal.Mvc.Content;

namespace EmulationPortal.UnitTests.Mvc.Content;

public sealed class PagerModelTests
{
    [Fact]
    public void Page_links_keep_the_filters_and_drop_empty_ones()
    {
        var pager = new PagerModel(2, 5, "/van-ban", new Dictionary<string, string?> { ["loai"] = "Plan", ["cum"] = null, ["nam"] = "2025" });

        Assert.Equal("/van-ban?loai=Plan&nam=2025", pager.UrlFor(1));
        Assert.Equal("/van-ban?loai=Plan&nam=2025&trang=3", pager.UrlFor(3));
    }

    [Fact]
    public void Filter_values_are_escaped()
    {
        var pager = new PagerModel(1, 2, "/tin-tuc", new Dictionary<string, string?> { ["cum"] = "a&b=c" });
        Assert.Equal("/tin-tuc?cum=a%26b%3Dc&trang=2", pager.UrlFor(2));
    }
}
