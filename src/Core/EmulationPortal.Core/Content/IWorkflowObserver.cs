using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Content;

/// <summary>
/// A workflow step people took (or the scheduler took for them): a move between states, or a publication
/// planned for later (<see cref="PublishAtUtc"/>, the state unchanged). <see cref="Authors"/> are who created
/// the item and who wrote its newest version, the people its outcome concerns.
/// </summary>
public sealed record WorkflowStep(
    string ItemId,
    string Type,
    string ClusterId,
    string Title,
    IReadOnlyList<string> Authors,
    ContentStatus From,
    ContentStatus To,
    string UserName,
    string? Comment,
    DateTime AtUtc,
    DateTime? PublishAtUtc = null);

/// <summary>
/// Told of every workflow step inside the transaction that takes it, so what follows from the step
/// (notifications) is kept or rolled back with it. Recipe imports, which replay history, tell nobody.
/// </summary>
public interface IWorkflowObserver
{
    Task StepTakenAsync(DataSession session, WorkflowStep step);
}
