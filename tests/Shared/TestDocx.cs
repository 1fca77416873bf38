using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationPortal.TestSupport;

/// <summary>Word files made on the spot for the intake tests: one paragraph per line, as an office's template types them.</summary>
public static class TestDocx
{
    /// <summary>A plan of Cụm thi đua số 5 with its number, place and date, a legal basis, a deadline, a leader unit and its recipients.</summary>
    public static readonly string[] ClusterPlan =
    [
        "CỤM THI ĐUA SỐ 5", "Số: 21/KH-CTĐ5", "Thanh Hóa, ngày 4 tháng 3 năm 2026", "KẾ HOẠCH",
        "Tổ chức hội nghị sơ kết thi đua năm 2026",
        "Căn cứ Hướng dẫn số 7/HD-SNV ngày 2 tháng 1 năm 2026 của Sở Nội vụ;",
        "1. Trước ngày 20/6/2026, các đơn vị gửi báo cáo sơ kết về Cụm trưởng.",
        "2. Cụm trưởng: Ủy ban nhân dân xã Vĩnh Lộc.",
        "Nơi nhận:", "- Các đơn vị trong cụm;", "- Lưu: VT.", "CỤM TRƯỞNG", "Trịnh Văn Khoa",
    ];

    /// <summary>The bytes of a DOCX whose body holds <paramref name="lines"/>, each a paragraph of one run.</summary>
    public static byte[] FromLines(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var paragraphs = lines.Select(line => new Word.Paragraph(new Word.Run(new Word.Text(line) { Space = SpaceProcessingModeValues.Preserve })));
            document.AddMainDocumentPart().Document = new Word.Document(new Word.Body(paragraphs));
        }
        return stream.ToArray();
    }
}
