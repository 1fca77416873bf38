using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using EmulationPortal.Awards.Models;

namespace EmulationPortal.Awards.Services;

/// <summary>
/// The look-up's lines as files staff take into their reports: CSV (UTF-8 with a byte-order mark, which is how
/// Excel knows the Vietnamese letters) and XLSX, with the same columns, the decision's number and date in each row.
/// </summary>
public static class AwardLookupExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<string> Headers =
    [
        "STT", "Năm thi đua", "Hình thức khen thưởng", "Cấp", "Tập thể, cá nhân", "Tên tập thể, cá nhân", "Đơn vị",
        "Cụm, khối thi đua", "Số quyết định", "Ngày quyết định", "Tình trạng",
    ];

    private static readonly double[] ColumnWidths = [6, 10, 40, 16, 14, 32, 36, 32, 18, 14, 36];

    private sealed record Row(int Number, int Year, IReadOnlyList<string> Texts, DateOnly? DecisionDate, string Status);

    private static Row RowOf(AwardLine line, int number) => new(
        number,
        line.Year,
        [line.Kind, line.Level is { } level ? AwardNames.Of(level) : "", AwardNames.Of(line.RecipientType), line.Recipient,
            line.Unit?.Name ?? line.UnitText ?? "", line.Cluster?.Name ?? "", line.Decision.Number ?? ""],
        line.Decision.Date,
        line.RevokedBy is { } revoker ? $"Đã bị thu hồi theo Quyết định số {revoker.Number}" : "");

    public static async Task WriteCsvAsync(IReadOnlyList<AwardLine> lines, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', Headers.Select(Quote)));
        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = RowOf(lines[i], i + 1);
            var date = row.DecisionDate?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
            string[] cells = [row.Number.ToString(CultureInfo.InvariantCulture), row.Year.ToString(CultureInfo.InvariantCulture), .. row.Texts, date, row.Status];
            await writer.WriteLineAsync(string.Join(',', cells.Select(Quote)));
        }
    }

    /// <summary>
    /// RFC 4180 quoting; a cell a spreadsheet would take for a formula (=, +, -, @ first) is kept as text, so a
    /// name typed into a decision can never run in the reader's Excel.
    /// </summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    public static Task WriteXlsxAsync(IReadOnlyList<AwardLine> lines, Stream output, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        // Style 1: bold headers; style 2: a date as Excel shows dates (numFmt 14 follows the reader's locale: dd/mm/yyyy in Vietnam).
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            // The header row stays in view while the list scrolls.
            writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            {
                WorkbookViewId = 0,
            }));
            writer.WriteElement(new Columns(ColumnWidths.Select((width, i) =>
                new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
            writer.WriteStartElement(new SheetData());
            writer.WriteElement(new DocumentFormat.OpenXml.Spreadsheet.Row(Headers.Select(h => Text(h, style: 1))));
            for (var i = 0; i < lines.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var row = RowOf(lines[i], i + 1);
                var cells = new List<Cell> { Number(row.Number), Number(row.Year) };
                cells.AddRange(row.Texts.Select(t => Text(t)));
                cells.Add(row.DecisionDate is { } date
                    ? new Cell { CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()), DataType = CellValues.Number, StyleIndex = 2 }
                    : Text(""));
                cells.Add(Text(row.Status));
                writer.WriteElement(new DocumentFormat.OpenXml.Spreadsheet.Row(cells));
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Khen thưởng" }));
        workbook.Workbook.Save();
        return Task.CompletedTask;
    }

    // Inline strings: nothing in a cell is ever read as a formula.
    private static Cell Text(string value, uint style = 0) =>
        new(new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };

    private static Cell Number(int value) => new() { CellValue = new CellValue(value), DataType = CellValues.Number };
}
