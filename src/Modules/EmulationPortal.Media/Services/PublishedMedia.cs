using EmulationPortal.Core.Content;

namespace EmulationPortal.Media.Services;

/// <summary>
/// Who may download an attachment: anyone when live content names it; otherwise only the people of a
/// cluster whose content names it (drafts, items never published or taken down), and Staff.
/// </summary>
public sealed class PublishedMedia(ContentStore content)
{
    /// <summary>
    /// Whether live content names the file, asked of the content's media references by key: read at each
    /// download, so a publish or an unpublish counts from the next one, on every node.
    /// </summary>
    public Task<bool> IsPublishedAsync(string key) => content.IsNamedLiveAsync(key);

    /// <summary>A file live content does not name, for a signed-in person: theirs to see when their cluster's content names it, or nothing does yet (just uploaded).</summary>
    public async Task<bool> MaySeeUnpublishedAsync(string key, ContentAccess access, CancellationToken cancellationToken)
    {
        if (access.SeesAllClusters)
        {
            return true;
        }
        if (!access.IsAuthenticated || access.Clusters.Count == 0)
        {
            return false;
        }
        var clusters = await content.ClustersNamingAsync(key, cancellationToken);
        return clusters.Count == 0 || clusters.Any(access.CanWorkIn);
    }
}
