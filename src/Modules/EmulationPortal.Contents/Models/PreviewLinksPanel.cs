namespace EmulationPortal.Contents.Models;

/// <summary>The item page's shared preview links: the form to make one, those that still open the item, and the others.</summary>
public sealed record PreviewLinksPanel(IReadOnlyList<ActivePreviewLink> Active, IReadOnlyList<EndedPreviewLink> Ended, int DefaultDays, int MaxDays);

/// <param name="Address">The absolute address to send, key included.</param>
public sealed record ActivePreviewLink(PreviewLinkRow Link, string Address);

/// <param name="Why">What ended it, in Vietnamese: revoked by whom, expired, or the item changed.</param>
public sealed record EndedPreviewLink(PreviewLinkRow Link, string Why);
