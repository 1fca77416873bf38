using System.IO.Compression;
using System.Text;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Media;
using EmulationPortal.Documents.Services.Intake;
using EmulationPortal.Media.Services;
using EmulationPortal.UnitTests.Media.Services;
using Microsoft.Extensions.Options;
using static EmulationPortal.UnitTests.Media.Services.TestDocuments;

namespace EmulationPortal.UnitTests.Documents.Services.Intake;

/// <summary>Files made here, read as the editor's "Nhập từ tệp" and the intake command read them: the file's text, then its fields.</summary>
public sealed class FileIntakeTests
{
    private static FileTextReader Reader(long maxBytes = 50 * 1024 * 1024) =>
        new(new TextExtractor(new TextExtractionOptions()), Options.Create(new MediaOptions { MaxFileBytes = maxBytes }));

    private static async Task<(FileText Text, DocumentReading Reading)> IntakeAsync(string path, long maxBytes = 50 * 1024 * 1024)
    {
        await using var file = File.OpenRead(path);
        var text = await Reader(maxBytes).ReadAsync(file, Path.GetFileName(path));
        return (text, DocumentTextReader.Read(text.Text));
    }

    [Fact]
    public async Task A_DOCX_award_decision_with_its_header_and_list_as_word_tables()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("qd-khen-thuong.docx");
        WriteDocx(path,
            Table(
                ["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"],
                ["Số: 301/QĐ-UBND", "Hà Tĩnh, ngày 6 tháng 2 năm 2026"]),
            Paragraph("QUYẾT ĐỊNH"),
            Paragraph("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"),
            Paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"),
            Paragraph("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
            Paragraph("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 40/TTr-SNV ngày 1 tháng 2 năm 2026."),
            Paragraph("QUYẾT ĐỊNH:"),
            Paragraph("Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 01 cá nhân (có danh sách kèm theo)."),
            Paragraph("Điều 2. Các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."),
            Table(
                ["Nơi nhận: - Như Điều 2; - Lưu: VT.", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"]),
            Paragraph("KT. CHỦ TỊCH"),
            Paragraph("PHÓ CHỦ TỊCH"),
            Paragraph("Trần Báu Hà"),
            Paragraph("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"),
            Table(
                ["STT", "Tập thể, cá nhân", "Tên", "Đơn vị"],
                ["1", "Tập thể", "Phòng Kinh tế", "Ủy ban nhân dân xã Thạch Hà"],
                ["2", "Cá nhân", "Bà Nguyễn Thị Liên", "Ủy ban nhân dân xã Can Lộc"]));

        var (text, r) = await IntakeAsync(path);

        const string kind = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
        Assert.Equal(("docx", "openxml"), (text.Format, text.Method));
        Assert.Equal(("Quyết định", "AwardDecision"), (r.Kind!.Value.Name, r.Kind.Value.ContentType));
        Assert.Equal("301/QĐ-UBND", r.Number!.Value);
        Assert.Equal("Hà Tĩnh", r.Place!.Value);
        Assert.Equal(new DateOnly(2026, 2, 6), r.IssuedOn!.Value);
        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", r.Issuer!.Value);
        Assert.Equal("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", r.Summary!.Value);
        Assert.Equal(["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"], r.LegalBases.Select(b => b.Value));
        Assert.Equal("40/TTr-SNV", r.Proposal!.Value.Number);
        Assert.Equal(new SignerReading("Trần Báu Hà", "PHÓ CHỦ TỊCH", "KT.", "CHỦ TỊCH"), r.Signer!.Value);
        Assert.Equal(
            [
                new AwardEntry(kind, RecipientType.Collective, "Phòng Kinh tế", "Ủy ban nhân dân xã Thạch Hà", null),
                new AwardEntry(kind, RecipientType.Individual, "Bà Nguyễn Thị Liên", "Ủy ban nhân dân xã Can Lộc", null),
            ],
            r.Awards.Select(a => a.Value));
    }

    [ToolFact("vips", "pdftotext", "pdfinfo", "pdfimages", "pdftoppm", "tesseract")]
    public async Task A_scanned_image_only_PDF_is_read_through_OCR()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("ke-hoach-quet.pdf");
        await File.WriteAllBytesAsync(path, ScannedPdf(await ScanJpegAsync(folder,
            "CỤM THI ĐUA SỐ 9",
            "Số: 17/KH-CTĐ9",
            "Nghệ An, ngày 12 tháng 3 năm 2026",
            "KẾ HOẠCH",
            "Hội nghị sơ kết thi đua năm 2026",
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
            "1. Trước ngày 30/6/2026, các đơn vị gửi báo cáo sơ kết.",
            "CỤM TRƯỞNG",
            "Hoàng Văn Tiến")));

        var (text, r) = await IntakeAsync(path);

        Assert.Equal(("pdf", "ocr"), (text.Format, text.Method));
        Assert.Equal(("Kế hoạch", "Plan"), (r.Kind!.Value.Name, r.Kind.Value.ContentType));
        Assert.Equal("17/KH-CTĐ9", r.Number!.Value);
        Assert.Equal("Nghệ An", r.Place!.Value);
        Assert.Equal(new DateOnly(2026, 3, 12), r.IssuedOn!.Value);
        // Tesseract reads "THI" in capitals as "THỊ" now and then: the marks are the editor's to check.
        Assert.Equal("cum thi dua so 9", EmulationPortal.Core.Text.VietnameseText.FoldLower(r.Issuer!.Value));
        Assert.Equal("Hội nghị sơ kết thi đua năm 2026", r.Summary!.Value);
        Assert.Single(r.LegalBases);
        Assert.Equal([(new DateOnly(2026, 6, 30), "Các đơn vị gửi báo cáo sơ kết")], r.Milestones.Select(m => (m.Value.Due, m.Value.Text)));
        Assert.Equal("Hoàng Văn Tiến", r.Signer!.Value.Name);
    }

    [ToolFact("pdftotext", "pdfinfo", "pdfimages")]
    public async Task A_plain_text_file_and_a_pdf_text_layer_read_the_same_fields()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("cong-van.txt");
        await File.WriteAllTextAsync(path, "BAN THI ĐUA - KHEN THƯỞNG\r\nSố: 8/BTĐKT-VP\r\nV/v gửi hồ sơ\r\nHuế, ngày 1 tháng 4 năm 2026\r\nKHẨN\r\n", new UTF8Encoding(true));

        var (text, r) = await IntakeAsync(path);

        Assert.Equal(("txt", "plain"), (text.Format, text.Method));
        Assert.Equal(("8/BTĐKT-VP", "Gửi hồ sơ", "KHẨN"), (r.Number!.Value, r.Summary!.Value, r.Marks.Single().Value));
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "empty", "rỗng" },
        { "huge", "quá lớn" },
        { "junk", "không phải văn bản đọc được" },
        { "image", "không phải văn bản đọc được" },
        { "docx bomb", "Không đọc được tệp" },
        { "broken pdf", "Không đọc được tệp" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_hostile_file_gets_a_clear_Vietnamese_message(string kind, string expected)
    {
        using var folder = new ScratchFolder();
        var path = folder.File("tep");
        switch (kind)
        {
            case "empty":
                await File.WriteAllBytesAsync(path, []);
                break;
            case "huge":
                await File.WriteAllTextAsync(path, new string('a', 4096));
                break;
            case "junk":
                await File.WriteAllBytesAsync(path, Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 256)).ToArray());
                break;
            case "image":
                await File.WriteAllBytesAsync(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);
                break;
            case "broken pdf":
                await File.WriteAllTextAsync(path, "%PDF-1.4\nnot really a PDF");
                break;
            default:
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    await using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open());
                    await writer.WriteAsync($"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{new string('a', 40_000_000)}</w:t></w:r></w:p></w:body></w:document>");
                }
                break;
        }

        var failure = await Assert.ThrowsAsync<FileTextException>(() => IntakeAsync(path, maxBytes: kind == "huge" ? 1024 : 50 * 1024 * 1024));

        Assert.Contains(expected, failure.Message);
    }
}
