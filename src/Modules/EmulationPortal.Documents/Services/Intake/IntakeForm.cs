using EmulationPortal.Core.Media;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.Documents.Services.Intake;

/// <summary>A new document's form filled from a reading, each field with its note; nothing is saved until the editor saves it.</summary>
public static class IntakeForm
{
    private const int MaxTitle = 200;

    public static DocumentForm Prefill(DocumentReading r, FileText text, string fileName, string? attachmentKey)
    {
        var report = new IntakeReport { FileName = fileName, Method = text.Method, Attached = attachmentKey is not null };
        T? Take<T>(string field, ReadField<T>? read)
        {
            if (read is null)
            {
                return default;
            }
            report.Fields[field] = new IntakeNote(read.Source, read.Confidence);
            return read.Value;
        }

        string Lines(string field, IReadOnlyList<ReadField<string>> read)
        {
            if (read.Count > 0)
            {
                var sure = read.Min(f => f.Confidence);
                report.Fields[field] = new IntakeNote(
                    new TextSource(read[0].Source.FirstLine, read[^1].Source.LastLine, string.Join("\n", read.Select(f => f.Source.Text))), sure);
            }
            return string.Join("\n", read.Select(f => f.Value));
        }

        var kind = Take("Type", r.Kind);
        var number = Take("Number", r.Number) ?? "";
        var summary = Take("Summary", r.Summary) ?? "";
        var signer = Take("Signer", r.Signer);
        var marks = r.Marks.Select(m => m.Value).ToList();
        if (r.Marks.Count > 0)
        {
            report.Fields["Marks"] = new IntakeNote(r.Marks[0].Source, r.Marks[0].Confidence);
        }
        var form = new DocumentForm
        {
            Type = kind?.ContentType ?? "Document",
            Title = Title(kind?.Name, number, summary),
            Number = number,
            IssuedOn = r.IssuedOn is null ? null : Take("IssuedOn", r.IssuedOn),
            Issuer = Take("Issuer", r.Issuer) ?? "",
            Summary = summary,
            LegalBases = Lines("LegalBases", r.LegalBases),
            SignerName = signer?.Name ?? "",
            SignerPosition = signer?.Position ?? "",
            SignerMode = signer?.Mode ?? "",
            SignerSignsFor = signer?.SignsFor ?? "",
            SignerOnBehalfOf = signer?.OnBehalfOf ?? "",
            Recipients = Lines("Recipients", r.Recipients),
            Appendices = Lines("Appendices", r.Appendices),
            Urgency = marks.Select(DocumentReadingJson.UrgencyOf).FirstOrDefault(u => u is not null),
            Confidentiality = marks.Select(DocumentReadingJson.ConfidentialityOf).FirstOrDefault(c => c is not null),
            Year = r.Kind?.Value.ContentType == "AwardDecision" && r.IssuedOn is not null ? r.IssuedOn.Value.Year : null,
            Intake = report,
        };
        if (r.Milestones.Count > 0)
        {
            form.Milestones = r.Milestones.Select(m => new MilestoneRow { Due = m.Value.Due, Text = m.Value.Text }).ToList();
            report.Fields["Milestones"] = new IntakeNote(r.Milestones[0].Source, r.Milestones.Min(m => m.Confidence));
        }
        if (r.Awards.Count > 0)
        {
            form.Awards = r.Awards.Select(a => new AwardRow
            {
                Kind = a.Value.Kind, RecipientType = a.Value.RecipientType, Recipient = a.Value.Recipient, Unit = a.Value.Unit,
            }).ToList();
            report.Fields["Awards"] = new IntakeNote(r.Awards[0].Source, r.Awards.Min(a => a.Confidence));
        }
        if (attachmentKey is not null)
        {
            form.Attachments.Add(new Core.Content.Attachment { File = attachmentKey, Title = Path.GetFileNameWithoutExtension(fileName) });
        }

        report.NotFound.AddRange(r.NotFound);
        report.Remarks.AddRange(r.TermUnits.Select(t =>
            $"{(t.Value.Role == "Leader" ? "Đơn vị trưởng cụm, khối" : "Đơn vị phó cụm, khối")} theo văn bản: {t.Value.Unit} (dòng {t.Source.FirstLine}) — ghi vào nhiệm kỳ của cụm, khối ở trang Cụm thi đua nếu chưa có."));
        report.Remarks.AddRange(r.AwardProblems.Select(p => $"Dòng {p.SourceLine} của danh sách khen thưởng (“{p.Text}”) không đọc được: {p.Reason}."));
        return form;
    }

    private static string Title(string? kind, string number, string summary)
    {
        var title = string.Join(" ", new[] { kind, number.Length > 0 ? $"số {number}" : null }.Where(p => p is not null));
        title = summary.Length == 0 ? title : title.Length == 0 ? summary : $"{title}: {summary}";
        return title.Length > MaxTitle ? title[..MaxTitle].TrimEnd() : title;
    }
}
