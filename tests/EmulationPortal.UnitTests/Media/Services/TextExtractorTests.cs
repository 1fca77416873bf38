using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using EmulationPortal.Core.Text;
using EmulationPortal.Media.Services;
using Xunit.Abstractions;
using static EmulationPortal.UnitTests.Media.Services.TestDocuments;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationPortal.UnitTests.Media.Services;

public sealed class TextExtractorTests(ITestOutputHelper output)
{
    private static readonly string[] ScanTitle =
    [
        "QUYẾT ĐỊNH KHEN THƯỞNG",
        "Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh",
        "cho Hội Làm vườn và Trang trại tỉnh Thanh Hóa",
    ];

    private static TextExtractor Extractor(TextExtractionOptions? options = null) => new(options ?? new TextExtractionOptions());

    [ToolTheory("pdftotext", "pdfimages")]
    [InlineData("01-TB-CTD11-ket-qua-tong-ket-2025.pdf",
        "THÔNG BÁO",
        "Căn cứ Quyết định số 1197/QĐ-UBND ngày 27 tháng 3 năm 2024 của",
        "2. Hội nghị suy tôn Hội Làm vườn và Trang trại tỉnh là đơn vị dẫn")]
    [InlineData("05-KH-CTD12-tong-ket-2025.pdf",
        "KẾ HOẠCH",
        "Tổng kết hoạt động của Cụm thi đua số 12 tỉnh Thanh",
        "Ủy ban nhân dân tỉnh, Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;")]
    [InlineData("585-QD-UBND-khen-thuong-cum12-2025.pdf",
        "QUYẾT ĐỊNH",
        "Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh và",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của")]
    public async Task A_Vietnamese_PDF_gives_its_text_layer_exactly(string file, params string[] expectedLines)
    {
        var clock = Stopwatch.StartNew();
        var extracted = await Extractor().ExtractAsync(DemoFile(file), "pdf", CancellationToken.None);
        output.WriteLine($"{file}: {clock.ElapsedMilliseconds} ms, {extracted?.Text.Length} characters");

        Assert.NotNull(extracted);
        Assert.Equal(ExtractedText.PdfTextMethod, extracted.Method);
        Assert.True(extracted.Text.IsNormalized(NormalizationForm.FormC));
        var lines = extracted.Text.Split('\n').Select(line => line.Trim()).ToList();
        Assert.All(expectedLines, line => Assert.Contains(line, lines));
        Assert.DoesNotContain(extracted.Text.Split('\n'), line => line.EndsWith(' '));
    }

    [ToolFact("pdftotext", "pdfimages")]
    public async Task Text_is_cut_at_the_configured_length()
    {
        var path = DemoFile("05-KH-CTD12-tong-ket-2025.pdf");
        var whole = await Extractor().ExtractAsync(path, "pdf", CancellationToken.None);
        var cut = await Extractor(new() { MaxCharacters = 300 }).ExtractAsync(path, "pdf", CancellationToken.None);

        Assert.NotNull(whole);
        Assert.NotNull(cut);
        Assert.InRange(cut.Text.Length, 250, 300);
        Assert.StartsWith(cut.Text, whole.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_DOCX_gives_its_paragraphs_and_table_rows_exactly_in_NFC()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("quyet-dinh.docx");
        WriteDocx(path,
            Paragraph("QUYẾT ĐỊNH"),
            // Decomposed (NFD) text, as some editors save it, comes back composed.
            Paragraph("Về việc tặng Cờ thi đua".Normalize(NormalizationForm.FormD), " của Ủy ban nhân dân tỉnh"),
            Paragraph("Căn cứ Quyết định số ", "1197/QĐ-UBND", " ngày 27 tháng 3 năm 2024;"),
            Table(
                ["TT", "Hình thức", "Đơn vị"],
                ["1", "Cờ thi đua của Ủy ban nhân dân tỉnh", "Hội Làm vườn và Trang trại"]),
            new Word.Paragraph(
                new Word.Run(new Word.Text("Điều 1.")),
                new Word.Run(new Word.TabChar(), new Word.Text("Tặng Cờ thi đua")),
                // A tracked deletion is not part of the text.
                new Word.DeletedRun(new Word.Run(new Word.DeletedText(" (bản nháp)")))));

        var extracted = await Extractor().ExtractAsync(path, "docx", CancellationToken.None);

        Assert.NotNull(extracted);
        Assert.Equal(ExtractedText.OpenXmlMethod, extracted.Method);
        Assert.Equal(
            """
            QUYẾT ĐỊNH
            Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh
            Căn cứ Quyết định số 1197/QĐ-UBND ngày 27 tháng 3 năm 2024;
            TT	Hình thức	Đơn vị
            1	Cờ thi đua của Ủy ban nhân dân tỉnh	Hội Làm vườn và Trang trại
            Điều 1.	Tặng Cờ thi đua
            """.ReplaceLineEndings("\n"),
            extracted.Text);
    }

    [Fact]
    public async Task Blank_lines_are_collapsed_and_trailing_spaces_cut()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("khoang-trang.docx");
        WriteDocx(path,
            Paragraph(""),
            Paragraph("Nơi nhận:   "),
            Paragraph(""),
            Paragraph("\t"),
            Paragraph(""),
            Paragraph("- Lưu: VT."),
            Paragraph(" "));

        var extracted = await Extractor().ExtractAsync(path, "docx", CancellationToken.None);

        Assert.Equal("Nơi nhận:\n\n- Lưu: VT.", extracted?.Text);
    }

    [Fact]
    public async Task An_XLSX_gives_the_text_cells_of_every_sheet_row_by_row()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("danh-sach.xlsx");
        WriteXlsx(path,
            ("Tập thể",
            [
                ["STT", "Tên đơn vị", "Hình thức"],
                ["1", "Hội Làm vườn và Trang trại tỉnh", $"{InlinePrefix}Cờ thi đua của Ủy ban nhân dân tỉnh"],
            ]),
            ("Cá nhân", [["Ông Nguyễn Văn Đức", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "2025"]]));

        var extracted = await Extractor().ExtractAsync(path, "xlsx", CancellationToken.None);

        Assert.NotNull(extracted);
        Assert.Equal(ExtractedText.OpenXmlMethod, extracted.Method);
        // Numbers (the row numbers, the year) are left out.
        Assert.Equal(
            "STT\tTên đơn vị\tHình thức\n" +
            "Hội Làm vườn và Trang trại tỉnh\tCờ thi đua của Ủy ban nhân dân tỉnh\n\n" +
            "Ông Nguyễn Văn Đức\tBằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            extracted.Text);
    }

    [ToolFact("vips", "pdftotext", "pdfinfo", "pdfimages", "pdftoppm", "tesseract")]
    public async Task A_scanned_page_is_read_by_OCR()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("scan.pdf");
        await File.WriteAllBytesAsync(path, ScannedPdf(await ScanJpegAsync(folder, ScanTitle)));
        // The hand-made PDF is valid and has no text layer at all.
        Assert.Contains("Pages:           1", await RunAsync("pdfinfo", path));
        Assert.Equal("", (await RunAsync("pdftotext", "-layout", path, "-")).Trim());

        var clock = Stopwatch.StartNew();
        var extracted = await Extractor().ExtractAsync(path, "pdf", CancellationToken.None);
        output.WriteLine($"OCR of one A4 page: {clock.ElapsedMilliseconds} ms\n{extracted?.Text}");

        Assert.NotNull(extracted);
        Assert.Equal(ExtractedText.OcrMethod, extracted.Method);
        AssertTitleRead(extracted.Text);
    }

    [ToolFact("vips", "pdftotext", "pdfinfo", "pdfimages", "pdftoppm", "tesseract")]
    public async Task A_scanned_page_with_a_signature_stamp_as_its_only_text_is_still_OCR_d()
    {
        const string stamp = "Nguoi ky: Uy ban nhan dan tinh Thanh Hoa - Thoi gian ky: 27.02.2026";
        using var folder = new ScratchFolder();
        var path = folder.File("scan-signed.pdf");
        await File.WriteAllBytesAsync(path, ScannedPdf(await ScanJpegAsync(folder, ScanTitle), stamp));

        var extracted = await Extractor().ExtractAsync(path, "pdf", CancellationToken.None);

        Assert.NotNull(extracted);
        Assert.Equal(ExtractedText.OcrMethod, extracted.Method);
        Assert.StartsWith(stamp, extracted.Text, StringComparison.Ordinal);
        AssertTitleRead(extracted.Text);
    }

    /// <summary>
    /// Every title word is read at least up to its diacritics (tesseract may slip one), and nearly all of
    /// them exactly.
    /// </summary>
    private void AssertTitleRead(string text)
    {
        var titleWords = ScanTitle.SelectMany(Words).ToList();
        var readWords = Words(text).ToHashSet(StringComparer.Ordinal);
        var readFolded = readWords.Select(VietnameseText.FoldLower).ToHashSet(StringComparer.Ordinal);

        var exact = titleWords.Count(readWords.Contains);
        output.WriteLine($"Title words read exactly: {exact} of {titleWords.Count}; " +
            $"missed: {string.Join(", ", titleWords.Where(word => !readWords.Contains(word)))}");
        Assert.All(titleWords, word => Assert.Contains(VietnameseText.FoldLower(word), readFolded));
        Assert.True(exact >= titleWords.Count * 0.9, $"Only {exact} of {titleWords.Count} title words were read exactly.");
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\t', '.', ',', ';', ':'], StringSplitOptions.RemoveEmptyEntries);

    [ToolFact("vips", "pdftotext", "pdfinfo", "pdfimages", "pdftoppm", "tesseract")]
    public async Task OCR_over_its_time_limit_is_stopped_and_its_files_removed()
    {
        using var folder = new ScratchFolder();
        var path = folder.File("scan.pdf");
        await File.WriteAllBytesAsync(path, ScannedPdf(await ScanJpegAsync(folder, ScanTitle)));
        var work = Directory.CreateDirectory(folder.File("work")).FullName;
        var extractor = Extractor(new() { Timeout = TimeSpan.FromMilliseconds(200), TemporaryFolder = work });

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<TextExtractionFailedException>(() => extractor.ExtractAsync(path, "pdf", CancellationToken.None));

        Assert.Contains("did not finish", failure.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Stopping took {clock.Elapsed}.");
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [ToolFact("pdftotext")]
    public async Task The_callers_cancellation_stays_a_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Extractor().ExtractAsync(DemoFile("585-QD-UBND-khen-thuong-cum12-2025.pdf"), "pdf", cancelled.Token));
    }

    [ToolTheory("pdftotext")]
    [InlineData("garbage")]
    [InlineData("truncated")]
    public async Task A_corrupt_PDF_fails_with_a_clear_exception(string damage)
    {
        using var folder = new ScratchFolder();
        var path = folder.File("hong.pdf");
        var demo = await File.ReadAllBytesAsync(DemoFile("585-QD-UBND-khen-thuong-cum12-2025.pdf"));
        await File.WriteAllBytesAsync(path, damage == "garbage" ? Encoding.ASCII.GetBytes("%PDF-1.7\nnot a PDF at all\n") : demo[..(demo.Length / 2)]);

        var failure = await Assert.ThrowsAsync<TextExtractionFailedException>(() => Extractor().ExtractAsync(path, "pdf", CancellationToken.None));

        Assert.Contains("pdftotext failed", failure.Message);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("no document")]
    [InlineData("broken XML")]
    [InlineData("zip bomb")]
    public async Task A_corrupt_DOCX_fails_with_a_clear_exception(string damage)
    {
        using var folder = new ScratchFolder();
        var good = folder.File("tot.docx");
        WriteDocx(good, Paragraph("Quyết định số 1197/QĐ-UBND"));
        var bytes = await File.ReadAllBytesAsync(good);
        var path = folder.File("hong.docx");
        switch (damage)
        {
            case "garbage":
                await File.WriteAllBytesAsync(path, [.. "PK\x03\x04"u8, .. Encoding.ASCII.GetBytes("not a zip archive")]);
                break;
            case "truncated":
                await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
                break;
            case "no document":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                {
                    using var writer = new StreamWriter(zip.CreateEntry("word/other.xml").Open());
                    await writer.WriteAsync("<w:document/>");
                }
                break;
            default:
                File.Copy(good, path);
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
                {
                    zip.GetEntry("word/document.xml")!.Delete();
                    using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                    // A bomb: 40 million characters of text, a few dozen kilobytes compressed.
                    await writer.WriteAsync(damage == "broken XML"
                        ? "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
                        : $"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{new string('a', 40_000_000)}</w:t></w:r></w:p></w:body></w:document>");
                }
                break;
        }

        var failure = await Assert.ThrowsAsync<TextExtractionFailedException>(() => Extractor().ExtractAsync(path, "docx", CancellationToken.None));

        output.WriteLine($"{failure.Message} ({failure.InnerException?.GetType().Name})");
        Assert.StartsWith("The DOCX file", failure.Message);
    }

    [Theory]
    [InlineData("odt")]
    [InlineData("doc")]
    [InlineData("jpg")]
    [InlineData("txt")]
    public async Task Types_without_a_reader_give_null(string extension)
    {
        using var folder = new ScratchFolder();
        var path = folder.File($"tep.{extension}");
        await File.WriteAllTextAsync(path, "Quyết định số 1197/QĐ-UBND");

        Assert.Null(await Extractor().ExtractAsync(path, extension, CancellationToken.None));
    }
}
