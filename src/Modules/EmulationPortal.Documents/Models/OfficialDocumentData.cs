using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Documents.Models;

public sealed class Signer
{
    /// <summary>The signing modes of Decree 30/2020 (art. 13), as written before the authority they sign for.</summary>
    public static readonly IReadOnlyList<string> Modes = ["TM.", "KT.", "TL.", "TUQ.", "Q."];

    public string Name { get; set; } = "";
    public string Position { get; set; } = "";

    /// <summary>"TM.", "KT.", "TL.", "TUQ." or "Q."; null when the signer signs in their own name.</summary>
    public string? Mode { get; set; }

    /// <summary>What <see cref="Mode"/> names: "CHỦ TỊCH" in "KT. CHỦ TỊCH".</summary>
    public string? SignsFor { get; set; }

    /// <summary>The collective of a "TM." line above a "KT."/"TL."/"TUQ." one: "ỦY BAN NHÂN DÂN" in "TM. ỦY BAN NHÂN DÂN".</summary>
    public string? OnBehalfOf { get; set; }

    /// <summary>The lines above the signature as the paper prints them, outermost first.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> BlockLines
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(OnBehalfOf))
            {
                yield return $"TM. {OnBehalfOf}";
            }
            if (!string.IsNullOrWhiteSpace(Mode))
            {
                yield return $"{Mode} {SignsFor}".Trim();
            }
            if (!string.IsNullOrWhiteSpace(Position))
            {
                yield return Position;
            }
        }
    }
}

/// <summary>Độ khẩn (Decree 30/2020, art. 15).</summary>
public enum Urgency
{
    Urgent,
    VeryUrgent,
    Flash,
}

/// <summary>Độ mật (Law on Protection of State Secrets 2018).</summary>
public enum Confidentiality
{
    Confidential,
    Secret,
    TopSecret,
}

public static class DocumentMarks
{
    public static string Name(Urgency urgency) => urgency switch
    {
        Urgency.Urgent => "Khẩn",
        Urgency.VeryUrgent => "Thượng khẩn",
        _ => "Hỏa tốc",
    };

    public static string Name(Confidentiality confidentiality) => confidentiality switch
    {
        Confidentiality.Confidential => "Mật",
        Confidentiality.Secret => "Tối mật",
        _ => "Tuyệt mật",
    };
}

/// <summary>The fields every official document has (Decree 30/2020/NĐ-CP).</summary>
public abstract class OfficialDocumentData : ContentData
{
    public string Number { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public string Issuer { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public List<string> LegalBases { get; set; } = [];
    public Signer? Signer { get; set; }
    public List<string> Recipients { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];

    // ---- Decree 30/2020 marks and appendices (issue 15, intake); kept together for an easy merge ----

    /// <summary>Độ khẩn stamped on the document; null when it has none.</summary>
    public Urgency? Urgency { get; set; }

    /// <summary>Độ mật stamped on the document; null when it has none.</summary>
    public Confidentiality? Confidentiality { get; set; }

    /// <summary>The titles of its appendices ("Phụ lục I: Danh sách …"), in order.</summary>
    public List<string> Appendices { get; set; } = [];

    // ---- end of the issue 15 intake block ----
    // Status and relations: one block, apart from the other Decree 30 fields, so work on either merges cleanly.
    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Set by hand; null lets the dates and the relations decide (<see cref="DocumentStatuses.Resolve"/>).</summary>
    public DocumentStatus? LegalStatus { get; set; }

    /// <summary>Relations the editor added beside those the text names; null when none (so stored versions stay lean).</summary>
    public List<DocumentRelation>? Relations { get; set; }

    /// <summary>Numbers (folded) the text names that the editor said are no relation of this document.</summary>
    public List<string>? DismissedCitations { get; set; }

    private void ValidateStatusAndRelations(ValidationErrors errors)
    {
        if (EffectiveOn is { } effective && ExpiresOn is { } expires && expires < effective)
        {
            errors.Add("expiresOn", "ngày hết hiệu lực trước ngày có hiệu lực");
        }
        for (var i = 0; i < (Relations?.Count ?? 0); i++)
        {
            var relation = Relations![i];
            if (string.IsNullOrWhiteSpace(relation.Document) && !DocumentNumber.TryParse(relation.Number, out _))
            {
                errors.Add($"relations[{i}].number", $"'{relation.Number}' không phải số, ký hiệu văn bản");
            }
        }
    }

    [System.Text.Json.Serialization.JsonIgnore]
    public override IEnumerable<(string Field, IMediaFile File)> MediaFiles => Listed("attachments", Attachments);

    public override void Validate(ValidationErrors errors)
    {
        errors.Required(Number, "number");
        if (Number.Length > 0 && !DocumentNumber.TryParse(Number, out _))
        {
            errors.Add("number", $"'{Number}' không phải số, ký hiệu văn bản (ví dụ 1197/QĐ-UBND)");
        }
        errors.RequiredDate(IssuedOn, "issuedOn");
        errors.Required(Issuer, "issuer");
        errors.Required(Summary, "summary");
        if (Signer is not null)
        {
            errors.Required(Signer.Name, "signer.name");
            if (Signer.Mode is { } mode && !Models.Signer.Modes.Contains(mode))
            {
                errors.Add("signer.mode", $"'{mode}' không phải cách ký (TM., KT., TL., TUQ., Q.)");
            }
        }
        ValidateStatusAndRelations(errors);
        errors.Files(Attachments, "attachments");
        for (var i = 0; i < Attachments.Count; i++)
        {
            errors.Required(Attachments[i].Title, $"attachments[{i}].title");
        }
    }

    /// <summary>"Thông báo", "Hướng dẫn"…, read from the type code in the number.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? KindFromNumber =>
        DocumentNumber.TryParse(Number, out var number) ? DocumentNumber.TypeName(number!.TypeCode) : null;
}

public sealed class Milestone
{
    public DateOnly Due { get; set; }
    public string Text { get; set; } = "";
}

public sealed class PlanData : OfficialDocumentData
{
    public List<Milestone> Milestones { get; set; } = [];

    public override void Validate(ValidationErrors errors)
    {
        base.Validate(errors);
        for (var i = 0; i < Milestones.Count; i++)
        {
            errors.RequiredDate(Milestones[i].Due, $"milestones[{i}].due");
            errors.Required(Milestones[i].Text, $"milestones[{i}].text");
        }
    }
}

public sealed class Award
{
    public string Kind { get; set; } = "";
    public RecipientType RecipientType { get; set; }
    public string Recipient { get; set; } = "";
    public string? Unit { get; set; }

    /// <summary>The unit picked from the directory, when the editor picked one.</summary>
    public string? UnitId { get; set; }
}

/// <summary>Awards of an earlier decision this one takes back.</summary>
public sealed class Revocation
{
    /// <summary>The revoked decision's id.</summary>
    public string Decision { get; set; } = "";

    /// <summary>1-based lines of its list; none revokes the whole decision.</summary>
    public List<int> Lines { get; set; } = [];
}

public sealed class AwardDecisionData : OfficialDocumentData, IAwardingContent
{
    /// <summary>The emulation year the awards are for, which is often the year before the decision.</summary>
    public int? Year { get; set; }

    public List<Award> Awards { get; set; } = [];

    public List<Revocation> Revokes { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    int IAwardingContent.AwardYear => Year ?? IssuedOn.Year;

    [System.Text.Json.Serialization.JsonIgnore]
    IReadOnlyList<AwardEntry> IAwardingContent.AwardEntries =>
        Awards.Select(a => new AwardEntry(a.Kind, a.RecipientType, a.Recipient, a.Unit, a.UnitId)).ToList();

    [System.Text.Json.Serialization.JsonIgnore]
    IReadOnlyList<AwardRevocation> IAwardingContent.Revocations =>
        Revokes.Select(r => new AwardRevocation(r.Decision, r.Lines)).ToList();

    public override void Validate(ValidationErrors errors)
    {
        base.Validate(errors);
        if (Year is < 1945 or > 2200)
        {
            errors.Add("year", $"năm {Year} không hợp lệ");
        }
        for (var i = 0; i < Awards.Count; i++)
        {
            errors.Required(Awards[i].Kind, $"awards[{i}].kind");
            errors.Required(Awards[i].Recipient, $"awards[{i}].recipient");
        }
        for (var i = 0; i < Revokes.Count; i++)
        {
            errors.Required(Revokes[i].Decision, $"revokes[{i}].decision");
            if (Revokes[i].Lines.Any(line => line < 1))
            {
                errors.Add($"revokes[{i}].lines", "số thứ tự dòng phải từ 1 trở lên");
            }
        }
    }
}

public sealed class DocumentData : OfficialDocumentData;

/// <summary>
/// A document from outside the clusters' archive that theirs cite: a law, a decree, a province's regulation. Entered
/// by editors so citations have roots; it has no body or attachment of its own, and links out to the official text.
/// </summary>
public sealed class ReferenceData : OfficialDocumentData
{
    /// <summary>"Luật", "Nghị định"…, for numbers that do not say it (a law's "06/2022/QH15").</summary>
    public string? Kind { get; set; }

    /// <summary>Where the official text is read, e.g. its page on the national legal-document database.</summary>
    public string? Url { get; set; }

    public override void Validate(ValidationErrors errors)
    {
        base.Validate(errors);
        if (!string.IsNullOrWhiteSpace(Url) && !(Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add("url", $"'{Url}' không phải địa chỉ web (http:// hoặc https://)");
        }
    }
}
