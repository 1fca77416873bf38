using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Media;

namespace EmulationPortal.Documents.Models;

public sealed record DocumentPage(
    ContentRecord Record,
    IContentType Type,
    OfficialDocumentData Data,
    ClusterSummary? Cluster,
    string BodyHtml,
    IReadOnlyList<AttachmentLink> Attachments);
