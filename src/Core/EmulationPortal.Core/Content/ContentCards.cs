using EmulationPortal.Core.Media;

namespace EmulationPortal.Core.Content;

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
    PhotoSource? Photo);

public sealed class ContentCards(ContentTypeRegistry types, IClusterDirectory clusterDirectory, IMediaLibrary media)
{
    public IMediaLibrary Media => media;

    public async Task<IReadOnlyList<ContentCard>> BuildAsync(IEnumerable<ContentRecord> records, CancellationToken cancellationToken = default)
    {
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var summaries = records.Select(record => (Record: record, Summary: types.Get(record.Type).Summarize(types.Deserialize(record.Type, record.Data)))).ToList();
        var photos = await media.PhotosAsync(summaries.Where(s => s.Summary.Photo is not null).Select(s => s.Summary.Photo!.File), cancellationToken);
        return summaries.Select(pair =>
        {
            var (record, summary) = pair;
            var type = types.Get(record.Type);
            return new ContentCard(
                record.Id,
                record.Type,
                record.Title,
                type.PublicUrl(record.Slug),
                record.Date,
                record.Number,
                summary,
                clusters.GetValueOrDefault(record.ClusterId),
                summary.Photo is { } photo ? photos.GetValueOrDefault(photo.File) : null);
        }).ToList();
    }
}
