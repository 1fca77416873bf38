using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using EmulationPortal.Core.Text;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace EmulationPortal.Media.Services;

public sealed class TextExtractionOptions
{
    public const string Section = "Portal:Media:TextExtraction";

    /// <summary>
    /// The slow work on one document: the whole OCR of a PDF (page sizes, rendering and recognition of every
    /// page), or reading a DOCX or XLSX in-process (there the limit is checked between paragraphs and rows).
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Reading a PDF's text layer (pdftotext), and listing its images to find scanned pages (pdfimages).</summary>
    public TimeSpan PdfTextTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Pages OCR'd per document; later pages that would need it keep whatever text layer they have.</summary>
    public int MaxOcrPages { get; set; } = 20;

    public int OcrDpi { get; set; } = 300;

    /// <summary>
    /// The longest side, in pixels, of a page rendered for OCR: a page with a huge media box is rendered
    /// at a lower resolution instead of at <see cref="OcrDpi"/>, so it cannot exhaust memory. A3 at 300 dpi fits.
    /// </summary>
    public int MaxOcrImageSide { get; set; } = 5000;

    /// <summary>A page whose text layer has fewer letters than this has no real text layer and is OCR'd.</summary>
    public int MinimumLettersPerPage { get; set; } = 20;

    /// <summary>
    /// A page that carries a scan-sized image is OCR'd too when its text layer has fewer letters than this:
    /// scanned official documents often carry a short text layer of their own (a digital signature stamp,
    /// a page number) on top of the image, while a full page of text has well over a thousand letters.
    /// </summary>
    public int MinimumLettersPerScannedPage { get; set; } = 500;

    /// <summary>An image of at least this many pixels (A4 scanned at about 100 dpi) marks its page as a scan.</summary>
    public long MinimumScanImagePixels { get; set; } = 1_000_000;

    /// <summary>The extracted text is cut at this length.</summary>
    public int MaxCharacters { get; set; } = 2_000_000;

    /// <summary>Where the pages rendered for OCR are written (a folder per document, always removed); empty means the system's.</summary>
    public string? TemporaryFolder { get; set; }

    public string PdfToTextPath { get; set; } = TextExtractor.DefaultPdfToTextPath;
    public string PdfInfoPath { get; set; } = TextExtractor.DefaultPdfInfoPath;
    public string PdfImagesPath { get; set; } = TextExtractor.DefaultPdfImagesPath;
    public string PdfToPpmPath { get; set; } = TextExtractor.DefaultPdfToPpmPath;
    public string TesseractPath { get; set; } = TextExtractor.DefaultTesseractPath;
}

/// <summary>
/// The text of an attachment, NFC, and how it was obtained: one of the <c>*Method</c> constants; a PDF's
/// method is <see cref="OcrMethod"/> as soon as OCR read text on any of its pages.
/// </summary>
public sealed record ExtractedText(string Text, string Method)
{
    public const string PdfTextMethod = "pdftotext";
    public const string OcrMethod = "ocr";
    public const string OpenXmlMethod = "openxml";
}

/// <summary>
/// A file of a type the extractor reads could not be read: it is corrupt, encrypted, over a time limit,
/// or a tool it needs is missing. The message says which, in English, for the log.
/// </summary>
public sealed class TextExtractionFailedException(string message, Exception? innerException = null)
    : Exception(message, innerException);

/// <summary>
/// Extracts the text of stored attachments for the search index: PDF through poppler (and tesseract for
/// pages with no text layer), DOCX and XLSX through DocumentFormat.OpenXml. External tools run as separate
/// processes with time limits, and are killed with their children when a limit passes.
/// </summary>
/// <remarks>
/// Contract: <c>null</c> means "a type this extractor does not read"; a file of a type it reads either
/// gives its text (possibly empty) or throws <see cref="TextExtractionFailedException"/>, so a background
/// job can record the failure instead of indexing nothing silently. Cancelling
/// <c>cancellationToken</c> throws <see cref="OperationCanceledException"/> as usual.
/// A PDF page is OCR'd when its text layer is missing or is only a stamp on a scan (see the options'
/// letter thresholds); without tesseract and its Vietnamese data such pages give just the text layer they
/// have, and the host is expected to warn at start-up (<see cref="OcrAvailable"/>).
/// </remarks>
public sealed partial class TextExtractor(TextExtractionOptions options)
{
    public const string DefaultPdfToTextPath = "pdftotext";
    public const string DefaultPdfInfoPath = "pdfinfo";
    public const string DefaultPdfImagesPath = "pdfimages";
    public const string DefaultPdfToPpmPath = "pdftoppm";
    public const string DefaultTesseractPath = "tesseract";
    private const string OcrLanguage = "vie";

    /// <summary>
    /// Bounds the XML that OpenXml loads per part (about 64 MB of text): a real document stays far below it,
    /// a zip bomb does not, and it is refused before it exhausts memory.
    /// </summary>
    private const long MaxXmlCharactersPerPart = 32_000_000;

    private const int MaxToolErrorCharacters = 4_000;
    private static readonly TimeSpan ToolCheckTimeout = TimeSpan.FromSeconds(10);

    private static readonly Lazy<bool> DefaultPdfToolsAvailable = new(() =>
        AreInstalled(DefaultPdfToTextPath, DefaultPdfInfoPath, DefaultPdfImagesPath, DefaultPdfToPpmPath));

    private static readonly Lazy<bool> DefaultOcrAvailable = new(() => IsOcrInstalled(DefaultTesseractPath));

    private readonly Lazy<bool> _ocrAvailable = new(() =>
        AreInstalled(options.PdfInfoPath, options.PdfImagesPath, options.PdfToPpmPath) && IsOcrInstalled(options.TesseractPath));

    /// <summary>poppler-utils (pdftotext, pdfinfo, pdfimages, pdftoppm) under their default names; checked once.</summary>
    public static bool PdfToolsAvailable => DefaultPdfToolsAvailable.Value;

    /// <summary>tesseract with its Vietnamese data (tesseract-ocr-vie) under its default name; checked once.</summary>
    public static bool OcrAvailable => DefaultOcrAvailable.Value;

    /// <param name="path">The stored file.</param>
    /// <param name="extension">The stored type, lower case without a dot: pdf, docx, xlsx, odt, doc…</param>
    public async Task<ExtractedText?> ExtractAsync(string path, string extension, CancellationToken cancellationToken)
    {
        // A full path never starts with '-', so no tool can mistake the file for an option.
        var file = Path.GetFullPath(path);
        return extension switch
        {
            "pdf" => await ExtractPdfAsync(file, cancellationToken),
            "docx" => await ReadOfficeFileAsync(file, "DOCX", ReadWordDocument, cancellationToken),
            "xlsx" => await ReadOfficeFileAsync(file, "XLSX", ReadWorkbook, cancellationToken),
            // ODT and DOC: this NuGet registry has no reader for them and no converter is installed on
            // these machines (LibreOffice is deliberately not a dependency), so they are stored unindexed.
            _ => null,
        };
    }

    private async Task<ExtractedText> ExtractPdfAsync(string file, CancellationToken cancellationToken)
    {
        var layer = await WithinAsync(options.PdfTextTimeout, "Reading the PDF's text layer", cancellationToken, token =>
            RunToolAsync(options.PdfToTextPath, ["-layout", "-enc", "UTF-8", file, "-"], options.MaxCharacters, token));
        EnsureSucceeded(layer, "pdftotext");

        var pages = SplitPages(layer.Output);
        var letters = pages.Select(CountLetters).ToArray();
        // Text cut at the length limit is plenty to index; pages past the cut are unknown, so no OCR either.
        if (layer.OutputTruncated || letters.All(count => count >= options.MinimumLettersPerScannedPage) || !_ocrAvailable.Value)
        {
            return new ExtractedText(Tidy(string.Join("\n\n", pages)), ExtractedText.PdfTextMethod);
        }

        var scannedPages = await WithinAsync(options.PdfTextTimeout, "Listing the PDF's images", cancellationToken, token =>
            FindScannedPagesAsync(file, token));
        var pagesToRecognize = Enumerable.Range(1, pages.Length)
            .Where(page => letters[page - 1] < options.MinimumLettersPerPage
                || (scannedPages.Contains(page) && letters[page - 1] < options.MinimumLettersPerScannedPage))
            .Take(options.MaxOcrPages)
            .ToList();
        if (pagesToRecognize.Count == 0)
        {
            return new ExtractedText(Tidy(string.Join("\n\n", pages)), ExtractedText.PdfTextMethod);
        }

        var recognized = await WithinAsync(options.Timeout, "OCR of the PDF", cancellationToken, token =>
            RecognizePagesAsync(file, pagesToRecognize, token));
        foreach (var (page, text) in recognized)
        {
            // The page's own short text layer (a signature stamp, say) is kept ahead of what OCR read.
            pages[page - 1] = $"{pages[page - 1]}\n\n{text}";
        }
        var method = recognized.Values.Any(text => CountLetters(text) > 0) ? ExtractedText.OcrMethod : ExtractedText.PdfTextMethod;
        return new ExtractedText(Tidy(string.Join("\n\n", pages)), method);
    }

    /// <summary>pdftotext ends every page with a form feed, so the pages are what lies between them.</summary>
    private static string[] SplitPages(string output)
    {
        var pages = output.Split('\f');
        return output.EndsWith('\f') ? pages[..^1] : pages;
    }

    private static int CountLetters(string text) => text.Count(char.IsLetter);

    /// <summary>Pages (1-based) holding at least one image the size of a scanned page.</summary>
    private async Task<HashSet<int>> FindScannedPagesAsync(string file, CancellationToken cancellationToken)
    {
        var listing = await RunToolAsync(options.PdfImagesPath, ["-list", file], options.MaxCharacters, cancellationToken);
        EnsureSucceeded(listing, "pdfimages");
        // Rows: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio.
        return ImageListingRow().Matches(listing.Output)
            .Where(row => long.Parse(row.Groups["width"].Value, CultureInfo.InvariantCulture)
                * long.Parse(row.Groups["height"].Value, CultureInfo.InvariantCulture) >= options.MinimumScanImagePixels)
            .Select(row => int.Parse(row.Groups["page"].Value, CultureInfo.InvariantCulture))
            .ToHashSet();
    }

    private async Task<Dictionary<int, string>> RecognizePagesAsync(string file, IReadOnlyList<int> pages, CancellationToken cancellationToken)
    {
        var pageSides = await MeasurePagesAsync(file, pages[^1], cancellationToken);
        var workFolder = Path.Combine(
            string.IsNullOrWhiteSpace(options.TemporaryFolder) ? Path.GetTempPath() : options.TemporaryFolder,
            $"emulationportal-ocr-{Guid.NewGuid():N}");
        Directory.CreateDirectory(workFolder);
        try
        {
            var recognized = new Dictionary<int, string>();
            foreach (var page in pages)
            {
                recognized[page] = await RecognizePageAsync(file, page, pageSides.GetValueOrDefault(page), workFolder, cancellationToken);
            }
            return recognized;
        }
        finally
        {
            // Reached on failure and on the time limit too: the processes are dead by then, so nothing holds the files.
            Directory.Delete(workFolder, recursive: true);
        }
    }

    /// <summary>The longer side, in points, of pages 1 to <paramref name="lastPage"/>.</summary>
    private async Task<Dictionary<int, double>> MeasurePagesAsync(string file, int lastPage, CancellationToken cancellationToken)
    {
        var info = await RunToolAsync(
            options.PdfInfoPath, ["-f", "1", "-l", lastPage.ToString(CultureInfo.InvariantCulture), file], options.MaxCharacters, cancellationToken);
        EnsureSucceeded(info, "pdfinfo");
        var sides = new Dictionary<int, double>();
        // The document's title and other metadata come first and could imitate a size line; the real
        // lines come last, so a later line for a page wins.
        foreach (Match line in PageSizeLine().Matches(info.Output))
        {
            sides[int.Parse(line.Groups["page"].Value, CultureInfo.InvariantCulture)] = Math.Max(
                double.Parse(line.Groups["width"].Value, CultureInfo.InvariantCulture),
                double.Parse(line.Groups["height"].Value, CultureInfo.InvariantCulture));
        }
        return sides;
    }

    private async Task<string> RecognizePageAsync(string file, int page, double longerSidePoints, string workFolder, CancellationToken cancellationToken)
    {
        var dpi = longerSidePoints > 0
            ? Math.Clamp((int)(options.MaxOcrImageSide * 72 / longerSidePoints), 1, options.OcrDpi)
            : options.OcrDpi;
        var number = page.ToString(CultureInfo.InvariantCulture);
        var imagePrefix = Path.Combine(workFolder, $"page-{number}");
        var rendering = await RunToolAsync(
            options.PdfToPpmPath,
            ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile", file, imagePrefix],
            0,
            cancellationToken);
        EnsureSucceeded(rendering, "pdftoppm");

        var image = imagePrefix + ".png";
        var recognition = await RunToolAsync(options.TesseractPath, [image, "stdout", "-l", OcrLanguage], options.MaxCharacters, cancellationToken,
            // One thread: tesseract's OpenMP threads cost far more than they gain (a full A4 page of text
            // took 1.2 s with one thread and 6.8 s with its default two here), and the site keeps the other cores.
            environment: [new("OMP_THREAD_LIMIT", "1")]);
        EnsureSucceeded(recognition, "tesseract");
        File.Delete(image);
        return recognition.Output;
    }

    private async Task<ExtractedText> ReadOfficeFileAsync(
        string file, string kind, Func<string, CancellationToken, string> read, CancellationToken cancellationToken)
    {
        var text = await WithinAsync(options.Timeout, $"Reading the {kind} file", cancellationToken, token => Task.Run(() =>
        {
            try
            {
                return read(file, token);
            }
            catch (Exception exception) when (exception is not (OperationCanceledException or TextExtractionFailedException))
            {
                // Each layer reports damage its own way (InvalidDataException from the zip, FileFormatException
                // from packaging, OpenXmlPackageException, XmlException, also for a part over the size limit),
                // and whatever a stored file makes the parser throw is a fault of that file.
                throw new TextExtractionFailedException($"The {kind} file could not be read: {exception.Message}", exception);
            }
        }, token));
        return new ExtractedText(Tidy(text), ExtractedText.OpenXmlMethod);
    }

    private static OpenSettings OpenXmlSettings => new() { MaxCharactersInPart = MaxXmlCharactersPerPart };

    /// <summary>
    /// The body in document order, one line per paragraph and per table row (cells separated by tabs).
    /// Headers and footers are left out: they repeat the letterhead and page numbers on every page.
    /// </summary>
    private string ReadWordDocument(string file, CancellationToken cancellationToken)
    {
        using var document = WordprocessingDocument.Open(file, isEditable: false, OpenXmlSettings);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new TextExtractionFailedException("The DOCX file has no document body.");
        var text = new StringBuilder();
        AppendBlocks(body, text, cancellationToken);
        return text.ToString();
    }

    private void AppendBlocks(OpenXmlElement container, StringBuilder text, CancellationToken cancellationToken)
    {
        foreach (var element in container.ChildElements)
        {
            if (text.Length >= options.MaxCharacters)
            {
                return;
            }
            cancellationToken.ThrowIfCancellationRequested();
            switch (element)
            {
                case Word.Paragraph paragraph:
                    text.Append(ParagraphText(paragraph)).Append('\n');
                    break;
                case Word.Table table:
                    foreach (var row in table.Elements<Word.TableRow>())
                    {
                        text.AppendJoin('\t', row.Elements<Word.TableCell>().Select(cell => CellText(cell, cancellationToken))).Append('\n');
                    }
                    break;
                default:
                    // Content controls, custom XML and the like wrap paragraphs and tables of their own.
                    AppendBlocks(element, text, cancellationToken);
                    break;
            }
        }
    }

    /// <summary>A cell's paragraphs (and nested tables) on one line, so that a table row stays one line.</summary>
    private string CellText(Word.TableCell cell, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        AppendBlocks(cell, text, cancellationToken);
        return string.Join(' ', text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>
    /// Visible text only: deleted revisions (<c>w:delText</c>) and field codes (<c>w:instrText</c>) are
    /// other element types and so left out, while a field's displayed result is kept.
    /// </summary>
    private static string ParagraphText(Word.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Word.Text run:
                    text.Append(run.Text);
                    break;
                case Word.TabChar:
                    text.Append('\t');
                    break;
                case Word.Break or Word.CarriageReturn:
                    text.Append('\n');
                    break;
                case Word.NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// The text cells of every sheet (shared and inline strings, and formulas' text results), one line per
    /// row with cells separated by tabs, a blank line between sheets. Numbers and dates are left out: their
    /// stored values (a date is a serial number) mean little without the cell's format.
    /// </summary>
    private string ReadWorkbook(string file, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Open(file, isEditable: false, OpenXmlSettings);
        var workbookPart = document.WorkbookPart ?? throw new TextExtractionFailedException("The XLSX file has no workbook.");
        var sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<Spreadsheet.SharedStringItem>()
            .Select(RichText).ToArray() ?? [];
        var text = new StringBuilder();
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Spreadsheet.Sheet>() ?? [])
        {
            // Chart sheets have no cells.
            if (sheet.Id?.Value is not { } partId
                || !workbookPart.TryGetPartById(partId, out var part)
                || part is not WorksheetPart { Worksheet: { } worksheet })
            {
                continue;
            }
            foreach (var row in worksheet.Descendants<Spreadsheet.Row>())
            {
                if (text.Length >= options.MaxCharacters)
                {
                    return text.ToString();
                }
                cancellationToken.ThrowIfCancellationRequested();
                var cells = row.Elements<Spreadsheet.Cell>().Select(cell => CellText(cell, sharedStrings)).Where(cell => cell.Length > 0).ToList();
                if (cells.Count > 0)
                {
                    text.AppendJoin('\t', cells).Append('\n');
                }
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string CellText(Spreadsheet.Cell cell, string[] sharedStrings)
    {
        var type = cell.DataType?.Value;
        if (type == Spreadsheet.CellValues.SharedString)
        {
            return int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < sharedStrings.Length ? sharedStrings[index] : "";
        }
        if (type == Spreadsheet.CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline) : "";
        }
        return type == Spreadsheet.CellValues.String ? cell.CellValue?.Text ?? "" : "";
    }

    /// <summary>A string item's plain text or rich-text runs; phonetic guides (<c>rPh</c>) are left out.</summary>
    private static string RichText(OpenXmlElement item) => string.Concat(item.ChildElements.Select(child => child switch
    {
        Spreadsheet.Text plain => plain.Text,
        Spreadsheet.Run run => run.Text?.Text,
        _ => null,
    }));

    /// <summary>
    /// NFC; control characters other than tabs dropped (PostgreSQL refuses NUL in text); trailing spaces
    /// cut from each line; blank lines collapsed to one and removed at both ends; cut at the length limit.
    /// </summary>
    private string Tidy(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\f", "\n\n").ReplaceLineEndings("\n").Split('\n');
        var tidy = new StringBuilder(text.Length);
        var blankLinesBefore = false;
        foreach (var line in lines)
        {
            var kept = string.Concat(line.Where(c => c == '\t' || !char.IsControl(c))).TrimEnd();
            if (kept.Length == 0)
            {
                blankLinesBefore = true;
                continue;
            }
            if (tidy.Length > 0)
            {
                tidy.Append(blankLinesBefore ? "\n\n" : "\n");
            }
            blankLinesBefore = false;
            tidy.Append(kept);
            if (tidy.Length >= options.MaxCharacters)
            {
                break;
            }
        }
        return tidy.Length <= options.MaxCharacters ? tidy.ToString() : Excerpt.Prefix(tidy.ToString(), options.MaxCharacters).TrimEnd();
    }

    /// <summary>
    /// Runs <paramref name="run"/> with a time limit; the limit passing becomes a
    /// <see cref="TextExtractionFailedException"/> naming <paramref name="work"/>, while the caller's own
    /// cancellation stays a cancellation.
    /// </summary>
    private static async Task<T> WithinAsync<T>(TimeSpan limit, string work, CancellationToken cancellationToken, Func<CancellationToken, Task<T>> run)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            return await run(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TextExtractionFailedException($"{work} did not finish within {limit.TotalSeconds:0.###} s.");
        }
    }

    private sealed record ToolOutput(int ExitCode, string Output, bool OutputTruncated, string Errors);

    private static void EnsureSucceeded(ToolOutput result, string tool)
    {
        if (result.ExitCode != 0)
        {
            throw new TextExtractionFailedException($"{tool} failed (exit code {result.ExitCode}): {result.Errors.Trim()}");
        }
    }

    /// <summary>
    /// Runs a tool without a shell (every argument passed as is) and reads its output as UTF-8, keeping at
    /// most <paramref name="maxOutputCharacters"/>. Cancellation kills the tool and everything it started.
    /// </summary>
    private static async Task<ToolOutput> RunToolAsync(
        string tool,
        IEnumerable<string> arguments,
        int maxOutputCharacters,
        CancellationToken cancellationToken,
        IEnumerable<KeyValuePair<string, string>>? environment = null)
    {
        var startInfo = new ProcessStartInfo(tool, arguments)
        {
            UseShellExecute = false,
            // Redirected and closed at once, so that no tool can ever wait for input.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment ?? [])
        {
            startInfo.Environment[name] = value;
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new TextExtractionFailedException($"{tool} could not be started (Debian packages poppler-utils and tesseract-ocr-vie provide the tools): {exception.Message}", exception);
        }
        process.StandardInput.Close();

        try
        {
            var output = ReadCappedAsync(process.StandardOutput, maxOutputCharacters, cancellationToken);
            var errors = ReadCappedAsync(process.StandardError, MaxToolErrorCharacters, cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var (text, truncated) = await output;
            var (errorText, _) = await errors;
            return new ToolOutput(process.ExitCode, text, truncated, errorText);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited on its own meanwhile.
            }
            await process.WaitForExitAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Reads a stream to its end but keeps only the first <paramref name="maxCharacters"/>: the rest is
    /// drained so that the tool never blocks on a full pipe (its time limit still applies).
    /// </summary>
    private static async Task<(string Text, bool Truncated)> ReadCappedAsync(StreamReader reader, int maxCharacters, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var truncated = false;
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var room = maxCharacters - text.Length;
            truncated |= read > room;
            text.Append(buffer, 0, Math.Min(read, room));
        }
        return (text.ToString(), truncated);
    }

    private static bool AreInstalled(params string[] tools) => tools.All(tool => RunToolCheck(tool, "-v") is not null);

    /// <summary>tesseract runs and lists the Vietnamese language among those installed.</summary>
    private static bool IsOcrInstalled(string tesseract) =>
        RunToolCheck(tesseract, "--list-langs") is { } languages
        && languages.Split('\n', StringSplitOptions.TrimEntries).Contains(OcrLanguage);

    /// <summary>The tool's output when it runs and succeeds within a few seconds, otherwise null.</summary>
    private static string? RunToolCheck(string tool, string argument)
    {
        try
        {
            // Called once, from a lazy property: blocking here is the simplest correct thing.
            var result = WithinAsync(ToolCheckTimeout, $"{tool} {argument}", CancellationToken.None, token =>
                RunToolAsync(tool, [argument], MaxToolErrorCharacters, token)).GetAwaiter().GetResult();
            return result.ExitCode == 0 ? result.Output : null;
        }
        catch (TextExtractionFailedException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\s*(?<page>\d+)\s+\d+\s+\S+\s+(?<width>\d+)\s+(?<height>\d+)\s", RegexOptions.Multiline)]
    private static partial Regex ImageListingRow();

    [GeneratedRegex(@"^Page\s+(?<page>\d+) size:\s+(?<width>[0-9.]+) x (?<height>[0-9.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSizeLine();
}
