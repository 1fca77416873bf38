using System.Security.Claims;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Mvc.Content;

/// <summary>What a preview request finds: the item to show, or why not.</summary>
public enum PreviewOutcome
{
    Found,
    NotFound,
    Forbidden,
}

/// <summary>What a shared preview link finds: the item to show, or why not.</summary>
public enum SharedPreviewOutcome
{
    Found,

    /// <summary>Altered, unknown, revoked, expired, or for another item or section: told apart from nothing.</summary>
    NoLongerValid,

    /// <summary>A genuine link made to end with the version it was shared for, which a newer one has replaced.</summary>
    ItemChanged,
}

/// <summary>
/// Finds an item's newest version, draft or not, for the people of its cluster and for holders of a link
/// someone of its cluster shared: the lookup behind every section's preview page.
/// </summary>
public sealed class ContentPreviews(ContentStore store, ContentTypeRegistry types, IContentAccessProvider accessProvider, IPreviewLinks links)
{
    public async Task<(PreviewOutcome Outcome, ContentRecord? Record)> FindAsync(ClaimsPrincipal user, string id, ContentSection section,
        CancellationToken cancellationToken)
    {
        var record = await FindInSectionAsync(id, section, cancellationToken);
        if (record is null)
        {
            return (PreviewOutcome.NotFound, null);
        }
        var access = await accessProvider.GetAsync(user, cancellationToken);
        return access.CanWorkIn(record.ClusterId) ? (PreviewOutcome.Found, record) : (PreviewOutcome.Forbidden, null);
    }

    /// <summary>
    /// The item a shared link opens: always its newest version, as a leader reading a draft expects the text as it
    /// stands; a link made to end with the version it was shared for shows nothing newer.
    /// </summary>
    public async Task<(SharedPreviewOutcome Outcome, ContentRecord? Record, PreviewLink? Link)> FindSharedAsync(string token, string id,
        ContentSection section, CancellationToken cancellationToken)
    {
        var link = await links.FindInForceAsync(token, cancellationToken);
        var record = link is not null && string.Equals(link.ItemId, id, StringComparison.Ordinal)
            ? await FindInSectionAsync(id, section, cancellationToken)
            : null;
        if (link is null || record is null)
        {
            return (SharedPreviewOutcome.NoLongerValid, null, null);
        }
        if (link.EndedBy(record.LatestVersion))
        {
            return (SharedPreviewOutcome.ItemChanged, null, null);
        }
        await links.MarkOpenedAsync(link.Id, cancellationToken);
        return (SharedPreviewOutcome.Found, record, link);
    }

    private async Task<ContentRecord?> FindInSectionAsync(string id, ContentSection section, CancellationToken cancellationToken) =>
        await store.GetLatestAsync(id, cancellationToken) is { } record && types.NamesIn(section).Contains(record.Type) ? record : null;
}
