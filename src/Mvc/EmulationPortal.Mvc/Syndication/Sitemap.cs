using System.Globalization;
using System.Text;
using System.Xml;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Mvc.Syndication;

/// <summary>A public address for search engines, with when it last changed when that is known.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc = null);

/// <summary>The public addresses a module adds to <c>/sitemap.xml</c>.</summary>
public interface ISitemapSource
{
    Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Every published item whose type has a page of its own, at its public address.</summary>
public sealed class ContentSitemap(ContentStore contentStore, ContentTypeRegistry types, ContentLinks links) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken cancellationToken = default)
    {
        var listed = types.All.Where(t => t.InSitemap).ToList();
        if (listed.Count == 0)
        {
            return [];
        }
        var items = await contentStore.ListAllPublishedAsync(new ContentQuery { Types = listed.Select(t => t.Name).ToList() }, cancellationToken);
        return items.Select(i => new SitemapEntry(links.Public(types.Get(i.Type), i.Slug), i.ModifiedUtc)).ToList();
    }
}

/// <summary>The sitemap protocol's XML: one <c>urlset</c> of at most <see cref="MaxUrls"/>, or an index of such files.</summary>
public static class SitemapXml
{
    public const int MaxUrls = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// <c>/sitemap.xml</c>: every address when they fit one file, else an index of <c>sitemap-N.xml</c> files, each
    /// with the newest change among its addresses.
    /// </summary>
    public static string Root(Uri root, IReadOnlyList<SitemapEntry> entries, int maxUrls = MaxUrls) =>
        entries.Count <= maxUrls
            ? UrlSet(root, entries)
            : Index(entries.Chunk(maxUrls).Select((chunk, i) => (new Uri(root, $"sitemap-{i + 1}.xml"), chunk.Max(e => e.LastModifiedUtc))));

    /// <summary>The <paramref name="part"/>th file of an index (from 1), or null when there is no such file or no index.</summary>
    public static string? Part(Uri root, IReadOnlyList<SitemapEntry> entries, int part, int maxUrls = MaxUrls)
    {
        if (entries.Count <= maxUrls || part < 1)
        {
            return null;
        }
        var chunk = entries.Skip((part - 1) * maxUrls).Take(maxUrls).ToList();
        return chunk.Count == 0 ? null : UrlSet(root, chunk);
    }

    public static string UrlSet(Uri root, IEnumerable<SitemapEntry> entries) => Write(writer =>
    {
        writer.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, new Uri(root, entry.Path.TrimStart('/')).AbsoluteUri);
            if (entry.LastModifiedUtc is { } modified)
            {
                writer.WriteElementString("lastmod", Namespace, W3CDate(modified));
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    public static string Index(IEnumerable<(Uri Location, DateTime? LastModifiedUtc)> files) => Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", Namespace);
        foreach (var (location, modified) in files)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, location.AbsoluteUri);
            if (modified is { } lastModified)
            {
                writer.WriteElementString("lastmod", Namespace, W3CDate(lastModified));
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    private static string W3CDate(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(text), new XmlWriterSettings { Indent = true }))
        {
            writer.WriteStartDocument();
            body(writer);
        }
        return text.ToString();
    }
}
