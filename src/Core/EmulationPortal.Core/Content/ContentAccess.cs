using System.Security.Claims;

namespace EmulationPortal.Core.Content;

public enum ClusterRole
{
    Editor,
    Reviewer,
}

/// <summary>
/// What one person may do with content: Administrators and Staff everything; in a cluster, an
/// Editor writes and submits, a Reviewer also approves, rejects, publishes, schedules and archives;
/// an Editor publishes directly only where the cluster does not require review.
/// </summary>
public sealed class ContentAccess
{
    public static readonly ContentAccess Anonymous = new(null, null, isAdministrator: false, isStaff: false, new Dictionary<string, ClusterRole>());

    public ContentAccess(string? userId, string? userName, bool isAdministrator, bool isStaff, IReadOnlyDictionary<string, ClusterRole> clusters)
    {
        UserId = userId;
        UserName = userName;
        IsAdministrator = isAdministrator;
        IsStaff = isStaff;
        Clusters = clusters;
    }

    public string? UserId { get; }
    public string? UserName { get; }
    public bool IsAdministrator { get; }
    public bool IsStaff { get; }

    /// <summary>The clusters this person holds a role in, and which role.</summary>
    public IReadOnlyDictionary<string, ClusterRole> Clusters { get; }

    public bool IsAuthenticated => UserId is not null;

    /// <summary>Administrators and Staff work across every cluster.</summary>
    public bool SeesAllClusters => IsAdministrator || IsStaff;

    /// <summary>Sees and writes the cluster's content, drafts included.</summary>
    public bool CanWorkIn(string clusterId) => SeesAllClusters || Clusters.ContainsKey(clusterId);

    public bool CanReview(string clusterId) =>
        SeesAllClusters || (Clusters.TryGetValue(clusterId, out var role) && role == ClusterRole.Reviewer);

    /// <summary>
    /// Drafts are edited by the cluster's people; editing a published item starts a new draft;
    /// an item under review is the reviewer's to touch; an archived one must be reopened first.
    /// </summary>
    public bool CanEdit(string clusterId, ContentStatus status) => status switch
    {
        ContentStatus.Draft or ContentStatus.Published => CanWorkIn(clusterId),
        ContentStatus.InReview => CanReview(clusterId),
        _ => false,
    };

    public bool CanTake(WorkflowAction action, string clusterId, bool reviewRequired) => action switch
    {
        WorkflowAction.Submit => CanWorkIn(clusterId),
        WorkflowAction.Publish => CanReview(clusterId) || (!reviewRequired && CanWorkIn(clusterId)),
        _ => CanReview(clusterId),
    };

    /// <summary>Scheduling is publishing later: the same people may do it.</summary>
    public bool CanSchedule(string clusterId, bool reviewRequired) => CanTake(WorkflowAction.Publish, clusterId, reviewRequired);
}

/// <summary>Reads a signed-in person's roles from where accounts are kept.</summary>
public interface IContentAccessProvider
{
    Task<ContentAccess> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
