using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;
using EmulationPortal.Mvc.Media;

namespace EmulationPortal.News.Models;

public sealed record ConferencePage(ContentRecord Record, ConferenceData Data, ClusterSummary? Cluster, string BodyHtml,
    IReadOnlyDictionary<string, PhotoUrls> Photos, IReadOnlyList<AttachmentLink> Attachments, string? Lead, string JsonLd,
    IReadOnlyList<NewsCard> Related, ContentCard? Newer, ContentCard? Older)
{
    /// <summary>The first photo's largest rendition, the picture a shared link shows.</summary>
    public string? ShareImage => Data.Photos.FirstOrDefault() is { } first && Photos.GetValueOrDefault(first.File) is { } urls ? urls.LargestUrl : null;
}
