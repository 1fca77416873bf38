using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Media;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Mvc.Content;

/// <summary>An item as lists show it, whatever its type.</summary>
public sealed record ContentCard(
    string Id,
    string Type,
    string Title,
    string Url,
    DateOnly? Date,
    string? Number,
    ContentSummary Summary,
    ClusterSummary? Cluster,
    PhotoSource? Photo,
    ContentBadge? Badge = null,
    AttachmentLink? Download = null);

public sealed class ContentCards(ContentTypeRegistry types, IClusterDirectory clusterDirectory, IMediaLibrary media, IMediaStore store, ContentLinks links,
    IEnumerable<IContentBadges> badgeSources)
{
    public async Task<IReadOnlyList<ContentCard>> BuildAsync(IEnumerable<ContentRecord> records, CancellationToken cancellationToken = default)
    {
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var summaries = records.Select(record => (Record: record, Summary: types.Get(record.Type).Summarize(types.Deserialize(record.Type, record.Data)))).ToList();
        var photos = await media.PhotosAsync(summaries.Where(s => s.Summary.Photo is not null).Select(s => s.Summary.Photo!.File), cancellationToken);
        var badges = new Dictionary<string, ContentBadge>();
        foreach (var source in badgeSources)
        {
            var ids = summaries.Where(s => source.Covers(s.Record.Type)).Select(s => s.Record.Id).ToList();
            if (ids.Count > 0)
            {
                foreach (var (id, badge) in await source.BadgesAsync(ids, cancellationToken))
                {
                    badges[id] = badge;
                }
            }
        }
        return summaries.Select(pair =>
        {
            var (record, summary) = pair;
            return new ContentCard(
                record.Id,
                record.Type,
                record.Title,
                links.Public(types.Get(record.Type), record.Slug),
                record.Date,
                record.Number,
                summary,
                types.Get(record.Type).ShowsCluster ? clusters.GetValueOrDefault(record.ClusterId) : null,
                summary.Photo is { } photo ? photos.GetValueOrDefault(photo.File) : null,
                badges.GetValueOrDefault(record.Id),
                summary.File is { } file ? AttachmentLink.For([file], store)[0] : null);
        }).ToList();
    }
}
