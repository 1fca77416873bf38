namespace EmulationPortal.Core.Content;

public enum ContentStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}

public enum WorkflowAction
{
    Submit,
    Reject,
    Publish,
    Unpublish,
    Archive,
    Reopen,
}

/// <summary>
/// The editorial state machine. It says which moves exist; who may make them (and whether a
/// cluster lets editors skip review) is decided by the caller's permissions.
/// </summary>
public static class ContentWorkflow
{
    private static readonly Dictionary<(ContentStatus From, WorkflowAction Action), ContentStatus> Moves = new()
    {
        [(ContentStatus.Draft, WorkflowAction.Submit)] = ContentStatus.InReview,
        [(ContentStatus.InReview, WorkflowAction.Reject)] = ContentStatus.Draft,
        [(ContentStatus.InReview, WorkflowAction.Publish)] = ContentStatus.Published,
        [(ContentStatus.Draft, WorkflowAction.Publish)] = ContentStatus.Published,
        [(ContentStatus.Published, WorkflowAction.Unpublish)] = ContentStatus.Draft,
        [(ContentStatus.Published, WorkflowAction.Archive)] = ContentStatus.Archived,
        [(ContentStatus.Draft, WorkflowAction.Archive)] = ContentStatus.Archived,
        [(ContentStatus.Archived, WorkflowAction.Reopen)] = ContentStatus.Draft,
    };

    public static bool TryMove(ContentStatus from, WorkflowAction action, out ContentStatus to) =>
        Moves.TryGetValue((from, action), out to);

    public static bool RequiresComment(WorkflowAction action) => action == WorkflowAction.Reject;

    public static IEnumerable<WorkflowAction> ActionsFrom(ContentStatus from) =>
        Moves.Keys.Where(k => k.From == from).Select(k => k.Action);
}
