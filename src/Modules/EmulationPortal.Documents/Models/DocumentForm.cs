using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.Documents.Services.Relations;
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
    // Status and relations: one block, as in OfficialDocumentData.
    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Null: implied by the dates and relations.</summary>
    public DocumentStatus? LegalStatus { get; set; }

    /// <summary>A reference document's kind ("Luật") and the address of its official text.</summary>
    public string ReferenceKind { get; set; } = "";

    public string ReferenceUrl { get; set; } = "";

    public List<RelationRow> Relations { get; set; } = [];

    /// <summary>The numbers (folded) of the relations read from the text that the editor unticked.</summary>
    public List<string> DismissedCitations { get; set; } = [];

    /// <summary>The relations the text names, to tick off the ones that are none.</summary>
    [BindNever]
    public IReadOnlyList<Citation> TextCitations { get; set; } = [];

    /// <summary>The published documents, to pick one by its number.</summary>
    [BindNever]
    public IReadOnlyList<RegisteredDocument> Archive { get; set; } = [];

    /// <summary>The form's status and relations onto a document's fields.</summary>
    public void ApplyStatusAndRelations(OfficialDocumentData data)
    {
        data.EffectiveOn = EffectiveOn;
        data.ExpiresOn = ExpiresOn;
        data.LegalStatus = LegalStatus;
        var relations = Relations.Where(r => !r.IsEmpty).Select(r => CitationReader.Key(r.Target) is not null
            ? new DocumentRelation { Kind = r.Kind, Number = r.Target!.Trim() }
            : new DocumentRelation { Kind = r.Kind, Document = r.Target!.Trim() }).ToList();
        data.Relations = relations.Count == 0 ? null : relations;
        var dismissed = DismissedCitations.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct().ToList();
        data.DismissedCitations = dismissed.Count == 0 ? null : dismissed;
        if (data is ReferenceData reference)
        {
            reference.Kind = string.IsNullOrWhiteSpace(ReferenceKind) ? null : ReferenceKind.Trim();
            reference.Url = string.IsNullOrWhiteSpace(ReferenceUrl) ? null : ReferenceUrl.Trim();
        }
    }

    /// <summary>A document's status and relations into the form.</summary>
    public DocumentForm WithStatusAndRelations(OfficialDocumentData data)
    {
        EffectiveOn = data.EffectiveOn;
        ExpiresOn = data.ExpiresOn;
        LegalStatus = data.LegalStatus;
        Relations = (data.Relations ?? []).Select(r => new RelationRow { Kind = r.Kind, Target = r.Number ?? r.Document }).ToList();
        DismissedCitations = data.DismissedCitations ?? [];
        ReferenceKind = (data as ReferenceData)?.Kind ?? "";
        ReferenceUrl = (data as ReferenceData)?.Url ?? "";
        return this;
    }
}
