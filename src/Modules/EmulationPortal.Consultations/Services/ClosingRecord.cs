using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EmulationPortal.Consultations.Models;

namespace EmulationPortal.Consultations.Services;

/// <summary>
/// The report of a closed consultation for the emulation and commendation council's file, as a DOCX in the shape of an
/// official report (Decree 30/2020): the header, the notice and its period, the number of comments per candidate, then
/// each comment and how it was handled. The proposing body signs and files it as its own document.
/// </summary>
public static class ClosingRecord
{
    private const string Font = "Times New Roman";

    public static byte[] Write(string title, ConsultationData data, ConsultationPeriod period, IReadOnlyList<ConsultationComment> comments,
        DateOnly today, string url)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            body.Append(HeaderTable(data.Proposer, today));
            body.Append(Paragraph("BÁO CÁO", bold: true, center: true, size: 28, before: 240));
            body.Append(Paragraph($"Kết quả lấy ý kiến Nhân dân đối với danh sách đề nghị tặng {data.Award}", bold: true, center: true));
            body.Append(Paragraph("________", center: true));
            body.Append(Paragraph(
                $"Thực hiện quy định về lấy ý kiến Nhân dân đối với tập thể, cá nhân được đề nghị khen thưởng, {data.Proposer} đã công khai " +
                $"“{title}” trên Cổng thông tin điện tử ({url}) từ ngày {Date(period.Opens)} đến hết ngày {Date(period.Closes)} " +
                $"({period.WorkingDays} ngày làm việc).", indent: true));
            foreach (var correction in data.Corrections)
            {
                body.Append(Paragraph($"Ngày {Date(correction.Date)} đã đính chính danh sách: {correction.Note}" +
                    (correction.RestartsPeriod ? " Thời hạn lấy ý kiến được tính lại từ ngày đính chính." : ""), indent: true));
            }
            body.Append(Paragraph(comments.Count == 0
                ? "Hết thời hạn, không có ý kiến nào gửi đến."
                : $"Hết thời hạn, đã nhận được {comments.Count} ý kiến, cụ thể như sau:", indent: true));

            body.Append(Paragraph("I. SỐ Ý KIẾN ĐỐI VỚI TỪNG TẬP THỂ, CÁ NHÂN", bold: true, before: 120));
            var rows = data.Candidates.Select((c, i) => new[]
            {
                (i + 1).ToString(CultureInfo.InvariantCulture), c.Label, comments.Count(m => m.Candidate == c.Name).ToString(CultureInfo.InvariantCulture),
            }).ToList();
            var general = comments.Count(m => data.Candidates.All(c => c.Name != m.Candidate));
            if (general > 0)
            {
                rows.Add(["", "Ý kiến chung về danh sách", general.ToString(CultureInfo.InvariantCulture)]);
            }
            body.Append(Table(["TT", "Tập thể, cá nhân được đề nghị", "Số ý kiến"], rows));

            body.Append(Paragraph("II. NỘI DUNG Ý KIẾN VÀ KẾT QUẢ XỬ LÝ", bold: true, before: 240));
            if (comments.Count == 0)
            {
                body.Append(Paragraph("Không có.", indent: true));
            }
            var number = 0;
            foreach (var comment in comments)
            {
                number++;
                body.Append(Paragraph($"{number}. Ý kiến số {comment.Reference}, nhận ngày {Date(DateOnly.FromDateTime(comment.ReceivedUtc.AddHours(7)))}, " +
                    $"của ông/bà {comment.SenderName} ({comment.Address}) về {(comment.Candidate.Length == 0 ? "danh sách nói chung" : comment.Candidate)}:",
                    bold: true, before: 120));
                body.Append(Paragraph(comment.Body, indent: true));
                body.Append(Paragraph(comment.IsHandled
                    ? $"Kết quả xử lý: {comment.HandlingNote} ({comment.HandledBy}, ngày {Date(DateOnly.FromDateTime(comment.HandledUtc!.Value.AddHours(7)))})."
                    : "Kết quả xử lý: chưa xử lý.", italic: true, indent: true));
            }

            body.Append(Paragraph($"{data.Proposer} báo cáo Hội đồng Thi đua – Khen thưởng xem xét./.", indent: true, before: 240));
            body.Append(Paragraph("Nơi nhận:", bold: true, italic: true, before: 240, size: 24));
            body.Append(Paragraph("- Hội đồng Thi đua – Khen thưởng;", size: 22));
            body.Append(Paragraph("- Lưu: VT.", size: 22));
            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134 }));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Table HeaderTable(string proposer, DateOnly today)
    {
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(new TableRow(
            new TableCell(Paragraph(proposer.ToUpper(new CultureInfo("vi-VN")), bold: true, center: true, size: 26)),
            new TableCell(
                Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, center: true, size: 26),
                Paragraph("Độc lập - Tự do - Hạnh phúc", bold: true, center: true))));
        table.Append(new TableRow(
            new TableCell(Paragraph("Số:      /BC-", center: true, size: 26)),
            new TableCell(Paragraph($"ngày {today.Day} tháng {today.Month} năm {today.Year}", italic: true, center: true))));
        return table;
    }

    private static Table Table(string[] header, IEnumerable<string[]> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(new TableRow(header.Select(cell => new TableCell(Paragraph(cell, bold: true, center: true)))));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Paragraph(cell)))));
        }
        return table;
    }

    private static Paragraph Paragraph(string text, bool bold = false, bool italic = false, bool center = false, bool indent = false,
        int size = 28, int before = 0)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = "60" });
        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }
        if (indent)
        {
            properties.Append(new Indentation { FirstLine = "567" });
        }
        // The schema's order: fonts, bold, italic, size.
        var run = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold)
        {
            run.Append(new Bold());
        }
        if (italic)
        {
            run.Append(new Italic());
        }
        run.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
