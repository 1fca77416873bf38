using EmulationPortal.Consultations.Services;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Consultations.Models;

/// <summary>A consultation's comments for staff, grouped by the candidate they concern.</summary>
public sealed record CommentsPage(ContentRecord Record, ConsultationData Data, ConsultationPeriod Period, DateOnly Today,
    IReadOnlyList<ConsultationComment> Comments)
{
    /// <summary>Each candidate with its comments, in the list's order, then the comments on the list as a whole.</summary>
    public IEnumerable<(string Heading, IReadOnlyList<ConsultationComment> Comments)> Groups()
    {
        foreach (var candidate in Data.Candidates)
        {
            yield return (candidate.Label, Comments.Where(c => c.Candidate == candidate.Name).ToList());
        }
        var general = Comments.Where(c => Data.Candidates.All(candidate => candidate.Name != c.Candidate)).ToList();
        if (general.Count > 0)
        {
            yield return ("Ý kiến chung về danh sách", general);
        }
    }
}

public sealed record ConsultationRow(ContentRecord Record, ConsultationPeriod Period, (int All, int Waiting) Comments);

public sealed record ConsultationAdminList(IReadOnlyList<ConsultationRow> Rows, DateOnly Today);
