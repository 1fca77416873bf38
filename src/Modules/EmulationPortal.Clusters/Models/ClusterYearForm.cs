using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.Clusters.Models;

public sealed class ClusterYearForm : ContentEditorForm
{
    public int Year { get; set; }
    public DateOnly? SignedOn { get; set; }
    public string Place { get; set; } = "";
    public List<string> SigningUnits { get; set; } = [];
    public List<CriterionRow> Criteria { get; set; } = [];
    public string Rules { get; set; } = "";
    public string? CovenantNumber { get; set; }
    public List<ScoreRow> Scores { get; set; } = [];
    public List<VoteRow> Votes { get; set; } = [];
    public int? Ballots { get; set; }
    public string? ProposalNumber { get; set; }
    public string? NextLeader { get; set; }
    public string? NextDeputy { get; set; }
    public string Body { get; set; } = "";

    /// <summary>Rows pasted from a spreadsheet: unit, own score, checked score, rank.</summary>
    public string? ScoresPaste { get; set; }

    /// <summary>"Đọc bảng điểm": the pasted rows into the table.</summary>
    public bool ReadScores { get; set; }

    /// <summary>"Cập nhật đơn vị": the members of the cluster and year chosen, for the tables.</summary>
    public bool ReloadMembers { get; set; }

    /// <summary>The units the tables offer: the members of the cluster and year chosen.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<Unit> Members { get; set; } = [];

    /// <summary>What the last paste could not read, line by line.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public List<string> PasteProblems { get; set; } = [];
}

public sealed class CriterionRow
{
    public string? Name { get; set; }
    public decimal? MaxPoints { get; set; }
}

public sealed class ScoreRow
{
    public string? Unit { get; set; }
    public decimal? SelfScore { get; set; }
    public decimal? CheckedScore { get; set; }
    public int? Rank { get; set; }
}

public sealed class VoteRow
{
    public string? Unit { get; set; }
    public int? Count { get; set; }
}
