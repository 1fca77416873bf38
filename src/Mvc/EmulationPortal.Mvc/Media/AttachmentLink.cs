using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Mvc.Media;

/// <summary>One download of a page's attachment list; the format and size only when the store holds the file.</summary>
public sealed record AttachmentLink(string Title, string Url, string? Format, long? Kilobytes)
{
    /// <summary>"PDF, 245 KB" or "DOCX, 1,2 MB" as Vietnamese readers write sizes; null when the store lacks the file.</summary>
    public string? FormatAndSize => Format is null || Kilobytes is not { } kilobytes ? null
        : kilobytes < 1024 ? $"{Format}, {kilobytes} KB"
        : $"{Format}, {(kilobytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} MB";

    /// <summary>Looks each file up in the store now, so that rendering the page touches no disk.</summary>
    public static IReadOnlyList<AttachmentLink> For(IEnumerable<Attachment> attachments, IMediaStore store) =>
        attachments.Select(attachment =>
        {
            var stored = store.Describe(attachment.File);
            return new AttachmentLink(
                attachment.Title,
                $"{store.Url(attachment.File)}?ten={Uri.EscapeDataString(attachment.Title)}",
                stored is null ? null : Path.GetExtension(stored.Key).TrimStart('.').ToUpperInvariant(),
                stored is null ? null : Math.Max(1, stored.Length / 1024));
        }).ToList();
}
