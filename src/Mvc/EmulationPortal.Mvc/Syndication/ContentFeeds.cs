using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Mvc.Syndication;

/// <summary>The two formats readers' feed apps take: RSS 2.0 and Atom 1.0.</summary>
public enum FeedFormat
{
    Rss,
    Atom,
}

/// <summary>
/// Feeds of published content (news, documents, consultations), written by System.ServiceModel.Syndication: the newest
/// items of a query, each with its title, summary, address, dates and cluster.
/// </summary>
public sealed class ContentFeeds(ContentStore contentStore, ContentTypeRegistry types, ContentLinks links, IClusterDirectory clusters)
{
    /// <summary>How many of the newest items a feed carries.</summary>
    public const int Items = 30;

    public async Task<SyndicationFeed> BuildAsync(string title, string description, Uri root, string listPath, ContentQuery query,
        CancellationToken cancellationToken = default)
    {
        var records = await contentStore.ListPublishedAsync(query with { Page = 1, PageSize = Items }, cancellationToken);
        var directory = await clusters.AllAsync(cancellationToken);
        var items = records.Items.Select(record =>
        {
            var type = types.Get(record.Type);
            var url = new Uri(root, links.Public(type, record.Slug).TrimStart('/'));
            var summary = type.Summarize(types.Deserialize(record.Type, record.Data));
            var published = InVietnam(record.PublishedUtc ?? record.ModifiedUtc);
            var item = new SyndicationItem(record.Title, summary.Text ?? summary.Label, url, url.AbsoluteUri, InVietnam(record.ModifiedUtc))
            {
                PublishDate = published,
            };
            item.Categories.Add(new SyndicationCategory(summary.Label));
            if (type.ShowsCluster && directory.GetValueOrDefault(record.ClusterId) is { } cluster)
            {
                item.Categories.Add(new SyndicationCategory(cluster.Name));
            }
            return item;
        }).ToList();
        return new SyndicationFeed(title, description, new Uri(root, listPath.TrimStart('/')), items)
        {
            Id = new Uri(root, listPath.TrimStart('/')).AbsoluteUri,
            Language = "vi",
            LastUpdatedTime = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.LastUpdatedTime),
        };
    }

    /// <summary>The feed as a response of its format's media type.</summary>
    public static ContentResult Write(SyndicationFeed feed, FeedFormat format)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(text), new XmlWriterSettings { Indent = true }))
        {
            if (format == FeedFormat.Atom)
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }
            else
            {
                new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
            }
        }
        return new ContentResult
        {
            Content = text.ToString(),
            ContentType = (format == FeedFormat.Atom ? "application/atom+xml" : "application/rss+xml") + "; charset=utf-8",
            StatusCode = StatusCodes.Status200OK,
        };
    }

    /// <summary>The site's root address, which feeds make every link absolute against.</summary>
    public static Uri Root(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    /// <summary>A stored UTC time as Vietnam's (UTC+7), which feeds then write as "+0700".</summary>
    public static DateTimeOffset InVietnam(DateTime value) => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToOffset(TimeSpan.FromHours(7));
}

/// <summary>A writer into a string whose XML declaration says UTF-8, as the response is sent.</summary>
public sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder)
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
