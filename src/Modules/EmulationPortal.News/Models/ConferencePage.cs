using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Media;

namespace EmulationPortal.News.Models;

public sealed record ConferencePage(ContentRecord Record, ConferenceData Data, ClusterSummary? Cluster, string BodyHtml,
    IReadOnlyDictionary<string, PhotoUrls> Photos, IReadOnlyList<AttachmentLink> Attachments);
