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

/// <summary>
/// Finds an item's newest version, draft or not, for the people of its cluster: the lookup behind
/// every section's preview page.
/// </summary>
public sealed class ContentPreviews(ContentStore store, ContentTypeRegistry types, IContentAccessProvider accessProvider)
{
    public async Task<(PreviewOutcome Outcome, ContentRecord? Record)> FindAsync(ClaimsPrincipal user, string id, ContentSection section,
        CancellationToken cancellationToken)
    {
        var record = await store.GetLatestAsync(id, cancellationToken);
        if (record is null || !types.NamesIn(section).Contains(record.Type))
        {
            return (PreviewOutcome.NotFound, null);
        }
        var access = await accessProvider.GetAsync(user, cancellationToken);
        return access.CanWorkIn(record.ClusterId) ? (PreviewOutcome.Found, record) : (PreviewOutcome.Forbidden, null);
    }
}
