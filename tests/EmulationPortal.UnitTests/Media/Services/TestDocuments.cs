using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using EmulationPortal.Media.Services;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationPortal.UnitTests.Media.Services;

/// <summary>Documents for the text-extraction tests: the committed demo PDFs, and files made on the spot.</summary>
internal static class TestDocuments
{
    /// <summary>The folder holding EmulationPortal.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => Architecture.SourceTree.Root;

    public static string DemoFile(string name) => Path.Combine(RepositoryRoot, "recipes", "demo", "files", name);

    /// <summary>A folder of its own for one test, removed with everything in it.</summary>
    public sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("emulationportal-text-tests-").FullName;

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>A paragraph of text runs, each run with its own formatting as Word splits them.</summary>
    public static Word.Paragraph Paragraph(params string[] runs) =>
        new(runs.Select(run => new Word.Run(new Word.Text(run) { Space = SpaceProcessingModeValues.Preserve })));

    public static Word.Table Table(params string[][] rows) =>
        new(rows.Select(cells => new Word.TableRow(cells.Select(cell => new Word.TableCell(Paragraph(cell))))));

    public static void WriteDocx(string path, params OpenXmlElement[] blocks)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        document.AddMainDocumentPart().Document = new Word.Document(new Word.Body(blocks));
    }

    /// <summary>
    /// A workbook whose sheets hold text cells: shared strings, except the cells given as inline strings;
    /// a cell parsed as a number is written as a number.
    /// </summary>
    public static void WriteXlsx(string path, params (string Name, string[][] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sharedStrings = new List<string>();
        var sheetList = new Spreadsheet.Sheets();
        foreach (var (name, rows) in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Spreadsheet.Worksheet(new Spreadsheet.SheetData(rows.Select((cells, index) =>
                new Spreadsheet.Row(cells.Select(cell => Cell(cell, sharedStrings))) { RowIndex = (uint)index + 1 })));
            sheetList.Append(new Spreadsheet.Sheet
            {
                Name = name,
                SheetId = (uint)sheetList.ChildElements.Count + 1,
                Id = workbookPart.GetIdOfPart(worksheetPart),
            });
        }
        workbookPart.Workbook = new Spreadsheet.Workbook(sheetList);
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = new Spreadsheet.SharedStringTable(
            sharedStrings.Select(text => new Spreadsheet.SharedStringItem(new Spreadsheet.Text(text))));
    }

    /// <summary>Marks a cell's text to be written as an inline string rather than a shared one.</summary>
    public const string InlinePrefix = "inline:";

    private static Spreadsheet.Cell Cell(string text, List<string> sharedStrings)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return new Spreadsheet.Cell(new Spreadsheet.CellValue(text)) { DataType = Spreadsheet.CellValues.Number };
        }
        if (text.StartsWith(InlinePrefix, StringComparison.Ordinal))
        {
            return new Spreadsheet.Cell(new Spreadsheet.InlineString(new Spreadsheet.Text(text[InlinePrefix.Length..])))
            {
                DataType = Spreadsheet.CellValues.InlineString,
            };
        }
        sharedStrings.Add(text);
        return new Spreadsheet.Cell(new Spreadsheet.CellValue((sharedStrings.Count - 1).ToString(CultureInfo.InvariantCulture)))
        {
            DataType = Spreadsheet.CellValues.SharedString,
        };
    }

    public const int ScanDpi = 300;

    // A4 at 300 dpi.
    public const int ScanWidth = 2480;
    public const int ScanHeight = 3508;

    /// <summary>
    /// A grey JPEG of an A4 page scanned at 300 dpi with <paramref name="lines"/> printed near its top in
    /// DejaVu Sans 14 pt, drawn by libvips.
    /// </summary>
    public static async Task<byte[]> ScanJpegAsync(ScratchFolder folder, params string[] lines)
    {
        var text = folder.File("text.png");
        var inverted = folder.File("inverted.png");
        var page = folder.File("page.png");
        var jpeg = folder.File("page.jpg");
        // vips text draws white on black; the page is inverted and laid on white paper with margins.
        await RunAsync("vips", "text", text, string.Join('\n', lines), "--dpi", $"{ScanDpi}", "--font", "DejaVu Sans 14");
        await RunAsync("vips", "invert", text, inverted);
        await RunAsync("vips", "embed", inverted, page, "236", "354", $"{ScanWidth}", $"{ScanHeight}", "--extend", "background", "--background", "255");
        await RunAsync("vips", "copy", page, $"{jpeg}[Q=90]");
        return await File.ReadAllBytesAsync(jpeg);
    }

    /// <summary>
    /// A one-page PDF written by hand: the scan as a JPEG image (<c>/DCTDecode</c>) filling an A4 page, and
    /// optionally a line of real text at its foot, as a signature stamp on a scanned document has.
    /// </summary>
    public static byte[] ScannedPdf(byte[] jpeg, string? textLayer = null)
    {
        var width = ScanWidth * 72.0 / ScanDpi;
        var height = ScanHeight * 72.0 / ScanDpi;
        var size = FormattableString.Invariant($"{width:0.##} {height:0.##}");
        var drawing = FormattableString.Invariant($"q {width:0.##} 0 0 {height:0.##} 0 0 cm /Scan Do Q");
        if (textLayer is not null)
        {
            // Helvetica is one of the standard fonts every reader has; the text stays ASCII for it.
            drawing += $"\nBT /Stamp 9 Tf 40 40 Td ({textLayer}) Tj ET";
        }
        var content = Encoding.ASCII.GetBytes(drawing);

        List<byte[]> objects =
        [
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {size}] /Contents 5 0 R " +
                  "/Resources << /XObject << /Scan 4 0 R >> /Font << /Stamp 6 0 R >> >> >>"),
            [.. Ascii($"<< /Type /XObject /Subtype /Image /Width {ScanWidth} /Height {ScanHeight} /ColorSpace /DeviceGray " +
                      $"/BitsPerComponent 8 /Filter /DCTDecode /Length {jpeg.Length} >>\nstream\n"), .. jpeg, .. Ascii("\nendstream")],
            [.. Ascii($"<< /Length {content.Length} >>\nstream\n"), .. content, .. Ascii("\nendstream")],
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        ];

        using var pdf = new MemoryStream();
        // The second line's bytes above 127 tell tools the file is binary.
        pdf.Write([.. Ascii("%PDF-1.4\n%"), 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        var offsets = new List<long>();
        foreach (var (body, number) in objects.Select((body, index) => (body, index + 1)))
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{number} 0 obj\n"));
            pdf.Write(body);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        // Every cross-reference entry is exactly 20 bytes, its line end included.
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>Runs a tool (no shell) and returns its standard output; fails the test when it fails.</summary>
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(startInfo)!;
        using var timeLimit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeLimit.Token);
        var errors = process.StandardError.ReadToEndAsync(timeLimit.Token);
        try
        {
            await process.WaitForExitAsync(timeLimit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}");
        }
        return await output;
    }
}
