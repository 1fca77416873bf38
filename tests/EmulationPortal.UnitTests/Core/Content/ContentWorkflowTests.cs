using EmulationPortal.Core.Content;

namespace EmulationPortal.UnitTests.Core.Content;

public sealed class ContentWorkflowTests
{
    public static TheoryData<ContentStatus, WorkflowAction, ContentStatus> LegalMoves => new()
    {
        { ContentStatus.Draft, WorkflowAction.Submit, ContentStatus.InReview },
        { ContentStatus.InReview, WorkflowAction.Reject, ContentStatus.Draft },
        { ContentStatus.InReview, WorkflowAction.Publish, ContentStatus.Published },
        { ContentStatus.Draft, WorkflowAction.Publish, ContentStatus.Published },
        { ContentStatus.Published, WorkflowAction.Unpublish, ContentStatus.Draft },
        { ContentStatus.Published, WorkflowAction.Archive, ContentStatus.Archived },
        { ContentStatus.Draft, WorkflowAction.Archive, ContentStatus.Archived },
        { ContentStatus.Archived, WorkflowAction.Reopen, ContentStatus.Draft },
    };

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void A_legal_move_leads_to_its_state(ContentStatus from, WorkflowAction action, ContentStatus expected)
    {
        Assert.True(ContentWorkflow.TryMove(from, action, out var to));
        Assert.Equal(expected, to);
    }

    [Fact]
    public void Every_other_move_is_refused()
    {
        var legal = LegalMoves.Select(row => ((ContentStatus)row[0], (WorkflowAction)row[1])).ToHashSet();
        foreach (var from in Enum.GetValues<ContentStatus>())
        {
            foreach (var action in Enum.GetValues<WorkflowAction>().Where(a => !legal.Contains((from, a))))
            {
                Assert.False(ContentWorkflow.TryMove(from, action, out _), $"{from} --{action}--> should be refused");
            }
        }
    }

    [Fact]
    public void Only_a_rejection_needs_a_comment()
    {
        Assert.Equal([WorkflowAction.Reject], Enum.GetValues<WorkflowAction>().Where(ContentWorkflow.RequiresComment));
    }

    [Fact]
    public void The_actions_offered_from_a_state_are_exactly_its_legal_moves()
    {
        Assert.Equal([WorkflowAction.Reject, WorkflowAction.Publish], ContentWorkflow.ActionsFrom(ContentStatus.InReview).Order());
    }
}
