using EmulationPortal.Core.Awards;
using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Consultations.Models;

public sealed class ConsultationForm : ContentEditorForm
{
    public string Proposer { get; set; } = "";
    public string Award { get; set; } = "";
    public DateOnly? Opens { get; set; }
    public int WorkingDays { get; set; } = ConsultationData.DefaultWorkingDays;
    public string Body { get; set; } = "";
    public string? DecisionNumber { get; set; }
    public List<CandidateRow> Candidates { get; set; } = [];

    /// <summary>Rows pasted from a spreadsheet: name, collective or individual, unit, position, achievements, tab-separated.</summary>
    public string? CandidatesPaste { get; set; }

    /// <summary>The "Đọc danh sách" button.</summary>
    public bool ReadCandidates { get; set; }

    /// <summary>What the correction saved now changes, required once the list has been published.</summary>
    public string? CorrectionNote { get; set; }

    /// <summary>Whether the comment period starts again from the correction's day.</summary>
    public bool RestartPeriod { get; set; }

    /// <summary>The corrections already published, kept by the server rather than posted back.</summary>
    [BindNever]
    public List<Correction> Corrections { get; set; } = [];

    /// <summary>Whether readers have seen the list: then it changes only with a correction note.</summary>
    [BindNever]
    public bool WasPublished { get; set; }
}

public sealed class CandidateRow
{
    public string? Name { get; set; }
    public RecipientType RecipientType { get; set; } = RecipientType.Individual;
    public string? Unit { get; set; }
    public string? Position { get; set; }
    public string? Achievements { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Unit) && string.IsNullOrWhiteSpace(Position)
        && string.IsNullOrWhiteSpace(Achievements);
}
