using System.Xml.Linq;
using EmulationPortal.Mvc.Syndication;

namespace EmulationPortal.UnitTests.Mvc.Syndication;

/// <summary>The split of a large sitemap into an index of files, at a small limit in place of the protocol's 50,000.</summary>
public sealed class SitemapXmlTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly Uri Root = new("https://thidua.example.vn/");

    private static List<SitemapEntry> Entries(int count) =>
        Enumerable.Range(1, count).Select(i => new SitemapEntry($"/tin-tuc/bai-{i}", new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i % 5))).ToList();

    [Fact]
    public void Addresses_that_fit_one_file_are_one_urlset_and_there_are_no_parts()
    {
        var entries = Entries(3);

        var root = XDocument.Parse(SitemapXml.Root(Root, entries, maxUrls: 3)).Root!;

        Assert.Equal(Sitemap + "urlset", root.Name);
        Assert.Equal(["https://thidua.example.vn/tin-tuc/bai-1", "https://thidua.example.vn/tin-tuc/bai-2", "https://thidua.example.vn/tin-tuc/bai-3"],
            root.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!));
        Assert.Null(SitemapXml.Part(Root, entries, 1, maxUrls: 3));
    }

    [Fact]
    public void Past_the_limit_the_root_is_an_index_of_parts_each_dated_by_its_newest_address_and_the_parts_hold_every_address_once()
    {
        var entries = Entries(7);

        var index = XDocument.Parse(SitemapXml.Root(Root, entries, maxUrls: 3)).Root!;

        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        var files = index.Elements(Sitemap + "sitemap").Select(s => ((string)s.Element(Sitemap + "loc")!, (string)s.Element(Sitemap + "lastmod")!)).ToList();
        Assert.Equal([
            ("https://thidua.example.vn/sitemap-1.xml", "2025-01-04T00:00:00Z"),
            ("https://thidua.example.vn/sitemap-2.xml", "2025-01-05T00:00:00Z"),
            ("https://thidua.example.vn/sitemap-3.xml", "2025-01-03T00:00:00Z")], files);
        var listed = Enumerable.Range(1, 3)
            .SelectMany(part => XDocument.Parse(SitemapXml.Part(Root, entries, part, maxUrls: 3)!).Root!.Elements(Sitemap + "url"))
            .Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
        Assert.Equal(entries.Select(e => "https://thidua.example.vn" + e.Path), listed);
        Assert.Null(SitemapXml.Part(Root, entries, 4, maxUrls: 3));
        Assert.Null(SitemapXml.Part(Root, entries, 0, maxUrls: 3));
    }

    [Fact]
    public void An_address_without_a_known_change_has_no_lastmod()
    {
        var root = XDocument.Parse(SitemapXml.Root(Root, [new SitemapEntry("/tin-tuc")])).Root!;

        Assert.Null(root.Element(Sitemap + "url")!.Element(Sitemap + "lastmod"));
    }
}
