using EmulationPortal.Core.Content;
using EmulationPortal.Core.Modules;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.FunctionalTests.Routing;

/// <summary>
/// An item's addresses come from the route names its type declares, through the site's own routes: the very
/// addresses the pages had when each type wrote its templates out, for the types of the portal and of a module added to it.
/// </summary>
public sealed class ContentLinksTests : IDisposable
{
    private readonly PortalFactory _site = new(PortalFactory.NewDataPath(), demoContent: false, new Dictionary<string, string>
    {
        [$"{ModuleCatalog.AddSection}:0"] = "TestModules.Notices",
    }, ownsDataPath: true);

    public ContentLinksTests() => _site.CreateClient();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("Conference", "/tin-tuc/hoi-nghi-so-ket", "/tin-tuc/xem-truoc/a1b2", "/admin/tin-tuc/a1b2/sua", "/admin/tin-tuc/tao", "/admin/tin-tuc/tao?cum=cum-mot")]
    [InlineData("Plan", "/van-ban/hoi-nghi-so-ket", "/van-ban/xem-truoc/a1b2", "/admin/van-ban/a1b2/sua", "/admin/van-ban/tao?loai=Plan", "/admin/van-ban/tao?loai=Plan&cum=cum-mot")]
    [InlineData("AwardDecision", "/van-ban/hoi-nghi-so-ket", "/van-ban/xem-truoc/a1b2", "/admin/van-ban/a1b2/sua", "/admin/van-ban/tao?loai=AwardDecision", "/admin/van-ban/tao?loai=AwardDecision&cum=cum-mot")]
    [InlineData("Document", "/van-ban/hoi-nghi-so-ket", "/van-ban/xem-truoc/a1b2", "/admin/van-ban/a1b2/sua", "/admin/van-ban/tao?loai=Document", "/admin/van-ban/tao?loai=Document&cum=cum-mot")]
    [InlineData("Notice", "/thong-bao/hoi-nghi-so-ket", "/thong-bao/xem-truoc/a1b2", "/admin/thong-bao/a1b2/sua", "/admin/thong-bao/tao", "/admin/thong-bao/tao?cum=cum-mot")]
    public void A_type_s_links_are_its_routes_with_the_item(string typeName, string publicUrl, string previewUrl, string editUrl, string createUrl, string createInClusterUrl)
    {
        var links = _site.Service<ContentLinks>();
        var type = _site.Service<ContentTypeRegistry>().Get(typeName);

        Assert.Equal(publicUrl, links.Public(type, "hoi-nghi-so-ket"));
        Assert.Equal(previewUrl, links.Preview(type, "a1b2"));
        Assert.Equal(editUrl, links.Edit(type, "a1b2"));
        Assert.Equal(createUrl, links.Create(type, null));
        Assert.Equal(createInClusterUrl, links.Create(type, "cum-mot"));
    }

    [Fact]
    public void Every_registered_type_names_routes_the_site_has()
    {
        var links = _site.Service<ContentLinks>();
        foreach (var type in _site.Service<ContentTypeRegistry>().All)
        {
            Assert.All(new[] { links.Public(type, "s"), links.Preview(type, "i"), links.Edit(type, "i"), links.Create(type, "c") },
                url => Assert.StartsWith("/", url));
        }
    }

    [Fact]
    public void A_route_name_the_site_lacks_is_an_error_not_an_empty_link()
    {
        var links = _site.Service<ContentLinks>();
        var conference = _site.Service<ContentTypeRegistry>().Get("Conference");

        var error = Assert.Throws<InvalidOperationException>(() => links.Public(new Renamed(conference, "no-such-route"), "s"));
        Assert.Contains("no-such-route", error.Message);
    }

    /// <summary>A type like another but for its public route's name.</summary>
    private sealed class Renamed(IContentType type, string publicRoute) : IContentType
    {
        public ContentSection Section => type.Section;
        public string Name => type.Name;
        public string DisplayName => type.DisplayName;
        public Type DataType => type.DataType;
        public IReadOnlyDictionary<string, string> FieldLabels => type.FieldLabels;
        public ContentRoutes Routes => type.Routes with { Public = publicRoute };
        public ContentFacts Describe(ContentData data) => type.Describe(data);
        public ContentSummary Summarize(ContentData data) => type.Summarize(data);
        public ContentParts Parts(ContentData data) => type.Parts(data);
        public Core.Search.SearchText SearchText(ContentData data) => type.SearchText(data);
    }
}
