using EmulationPortal.Documents.Models;

namespace EmulationPortal.UnitTests.Documents.Models;

/// <summary>A document's legal status: set by hand, implied by a later document, or by its dates.</summary>
public sealed class DocumentStatusTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static DocumentStatus Resolve(DocumentStatus? byHand = null, DateOnly? effective = null, DateOnly? expires = null, params RelationKind[] incoming) =>
        DocumentStatuses.Resolve(byHand, effective, expires, incoming, Today);

    [Fact]
    public void A_later_document_that_replaces_revokes_or_takes_back_part_of_it_sets_its_status()
    {
        Assert.Equal(DocumentStatus.Replaced, Resolve(incoming: [RelationKind.Cites, RelationKind.Replaces]));
        Assert.Equal(DocumentStatus.Revoked, Resolve(incoming: RelationKind.Revokes));
        Assert.Equal(DocumentStatus.PartlyExpired, Resolve(incoming: RelationKind.RevokesPartly));
        Assert.Equal(DocumentStatus.Replaced, Resolve(incoming: [RelationKind.RevokesPartly, RelationKind.Replaces]));
    }

    [Fact]
    public void A_status_set_by_hand_that_it_stands_gives_way_to_a_replacement_but_one_that_it_is_gone_does_not()
    {
        Assert.Equal(DocumentStatus.Replaced, Resolve(DocumentStatus.InForce, incoming: RelationKind.Replaces));
        Assert.Equal(DocumentStatus.Expired, Resolve(DocumentStatus.Expired, incoming: RelationKind.Replaces));
        Assert.Equal(DocumentStatus.Revoked, Resolve(DocumentStatus.Revoked, incoming: RelationKind.Replaces));
        // A part taken back does not undo what the editor said of the whole.
        Assert.Equal(DocumentStatus.NotYetInForce, Resolve(DocumentStatus.NotYetInForce, incoming: RelationKind.RevokesPartly));
        Assert.Equal(DocumentStatus.PartlyExpired, Resolve(DocumentStatus.InForce, incoming: RelationKind.RevokesPartly));
    }

    [Fact]
    public void Without_either_its_dates_decide()
    {
        Assert.Equal(DocumentStatus.InForce, Resolve());
        Assert.Equal(DocumentStatus.NotYetInForce, Resolve(effective: Today.AddDays(1)));
        Assert.Equal(DocumentStatus.InForce, Resolve(effective: Today));
        Assert.Equal(DocumentStatus.Expired, Resolve(expires: Today));
        Assert.Equal(DocumentStatus.InForce, Resolve(expires: Today.AddDays(1)));
        Assert.Equal(DocumentStatus.PartlyExpired, Resolve(DocumentStatus.PartlyExpired, expires: Today.AddDays(-10)));
    }

    [Fact]
    public void Every_status_reads_back_from_its_slug_and_its_name()
    {
        foreach (var status in DocumentStatuses.All)
        {
            Assert.Equal(status, DocumentStatuses.Parse(DocumentStatuses.Slug(status)));
            Assert.Equal(status, DocumentStatuses.Parse(status.ToString().ToLowerInvariant()));
            Assert.False(string.IsNullOrWhiteSpace(DocumentStatuses.Label(status)));
        }
        Assert.Equal(DocumentStatuses.All.Count, DocumentStatuses.All.Select(DocumentStatuses.Slug).Distinct().Count());
        Assert.Null(DocumentStatuses.Parse(null));
        Assert.Null(DocumentStatuses.Parse(" "));
        Assert.Null(DocumentStatuses.Parse("con-hieu-luc-mai-mai"));
    }
}
