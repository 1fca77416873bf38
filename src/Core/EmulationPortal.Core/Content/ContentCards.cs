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
    string? PhotoUrl);

public sealed class ContentCards
{
    private readonly ContentTypeRegistry _types;
    private readonly IClusterDirectory _clusters;
    private readonly IMediaStore _media;

    public ContentCards(ContentTypeRegistry types, IClusterDirectory clusters, IMediaStore media)
    {
        _types = types;
        _clusters = clusters;
        _media = media;
    }

    public async Task<IReadOnlyList<ContentCard>> BuildAsync(IEnumerable<ContentRecord> records, CancellationToken cancellationToken = default)
    {
        var clusters = await _clusters.AllAsync(cancellationToken);
        return records.Select(record =>
        {
            var type = _types.Get(record.Type);
            var summary = type.Summarize(_types.Deserialize(record.Type, record.Data));
            return new ContentCard(
                record.Id,
                record.Type,
                record.Title,
                type.PublicUrl(record.Slug),
                record.Date,
                record.Number,
                summary,
                clusters.GetValueOrDefault(record.ClusterId),
                summary.Photo is { } photo ? _media.Url(photo.File) : null);
        }).ToList();
    }
}
