using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Documents.Models;

/// <summary>One form for plans, award decisions and other documents: they share most fields.</summary>
public sealed class DocumentForm : ContentEditorForm
{
    public string Type { get; set; } = "Document";
    public string Number { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public string Issuer { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>One legal basis a line.</summary>
    public string LegalBases { get; set; } = "";

    public string SignerName { get; set; } = "";
    public string SignerPosition { get; set; } = "";

    /// <summary>"TM.", "KT.", "TL.", "TUQ.", "Q." or empty.</summary>
    public string SignerMode { get; set; } = "";
    public string SignerSignsFor { get; set; } = "";
    public string SignerOnBehalfOf { get; set; } = "";

    public Urgency? Urgency { get; set; }
    public Confidentiality? Confidentiality { get; set; }

    /// <summary>One appendix title a line.</summary>
    public string Appendices { get; set; } = "";

    /// <summary>One recipient a line.</summary>
    public string Recipients { get; set; } = "";

    public int? Year { get; set; }
    public List<MilestoneRow> Milestones { get; set; } = [];
    public List<AwardRow> Awards { get; set; } = [];

    /// <summary>Rows copied from an Excel sheet or a Word table, read into <see cref="Awards"/> by "Đọc danh sách".</summary>
    public string AwardsPaste { get; set; } = "";

    /// <summary>"Đọc danh sách" was pressed: the form comes back with the pasted rows added, unsaved.</summary>
    public bool ReadAwards { get; set; }

    [BindNever]
    public AwardPasteReport? PasteReport { get; set; }

    public List<RevocationRow> Revokes { get; set; } = [];

    public IReadOnlyList<IContentType> TypeOptions { get; set; } = [];

    /// <summary>Set when the form was filled by "Nhập từ tệp": where each field came from.</summary>
    [BindNever]
    public IntakeReport? Intake { get; set; }
}
