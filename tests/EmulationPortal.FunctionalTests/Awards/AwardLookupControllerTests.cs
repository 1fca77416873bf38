using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>The look-up page and its exports, read as a reader and Excel read them.</summary>
public sealed class AwardLookupControllerTests(AwardSite fixture) : IClassFixture<AwardSite>
{
    private readonly PortalFactory _site = fixture.Site;

    [Fact]
    public async Task The_page_lists_what_a_folded_name_finds_with_links_to_decisions_and_units_and_the_streak()
    {
        var page = await _site.GetDocumentAsync("/khen-thuong?q=nguyen+thi+hoa");

        var rows = page.QuerySelectorAll("table.award-lines tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.All(rows, row => Assert.Equal("/don-vi/don-vi-a", row.QuerySelector("td[data-label='Đơn vị'] a")!.GetAttribute("href")));
        Assert.Equal(["Quyết định số 25/QĐ-UBND", "Quyết định số 24/QĐ-UBND", "Quyết định số 23/QĐ-UBND"],
            rows.Select(r => r.QuerySelector("td[data-label='Quyết định'] a")!.TextContent));
        foreach (var href in rows.Select(r => r.QuerySelector("td[data-label='Quyết định'] a")!.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync(href)).StatusCode);
        }
        Assert.Contains("Chiến sĩ thi đua cơ sở: 2023, 2024, 2025 — 3 năm liên tục", page.QuerySelector(".streaks")!.TextContent);
        Assert.Equal("q=nguyen%20thi%20hoa", new Uri(new Uri("http://x"), page.QuerySelector(".downloads a")!.GetAttribute("href")).Query.TrimStart('?').Replace("+", "%20"));
    }

    [Fact]
    public async Task Facet_counts_are_links_that_narrow_the_look_up_and_a_revoked_line_says_by_which_decision()
    {
        var page = await _site.GetDocumentAsync("/khen-thuong");

        var years = page.QuerySelectorAll(".facet").First(f => f.QuerySelector("h2")!.TextContent == "Năm thi đua").QuerySelectorAll("li");
        Assert.Equal(["2025 (3)", "2024 (2)", "2023 (2)"], years.Select(li => li.TextContent.Trim()));
        var narrowed = await _site.GetDocumentAsync(years[1].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(3, narrowed.QuerySelectorAll("table.award-lines tbody tr").Length);
        var revoked = narrowed.QuerySelector("tr.revoked")!;
        Assert.Contains("Trần Văn Bình", revoked.TextContent);
        Assert.Equal("Đã bị thu hồi theo Quyết định số 99/QĐ-UBND", revoked.QuerySelector(".revoked-note")!.TextContent);
        Assert.Contains("(2 đã bị thu hồi)", page.QuerySelector(".result-count")!.TextContent);
    }

    [Fact]
    public async Task A_filter_that_does_not_read_gets_a_Vietnamese_message_not_an_error_page()
    {
        var response = await _site.CreateClient().GetAsync("/khen-thuong?nam=abc&tu-nam=2025&den-nam=2020");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        var errors = page.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("Năm thi đua “abc” không hợp lệ", errors);
        Assert.Contains("Từ năm 2025 đứng sau đến năm 2020.", errors);
        Assert.Empty(page.QuerySelectorAll("table.award-lines"));
    }

    [Fact]
    public async Task The_CSV_export_is_UTF8_with_a_byte_order_mark_Vietnamese_headers_and_the_decision_in_each_row()
    {
        var response = await _site.CreateClient().GetAsync("/khen-thuong.csv?q=tran+van+binh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("khen-thuong.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("STT,Năm thi đua,Hình thức khen thưởng,Cấp,\"Tập thể, cá nhân\",\"Tên tập thể, cá nhân\",Đơn vị,\"Cụm, khối thi đua\",Số quyết định,Ngày quyết định,Tình trạng", lines[0]);
        Assert.Equal([
            "1,2025,Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh,\"Bộ, ngành, tỉnh\",Cá nhân,Trần Văn Bình,Thống kê cơ sở Đô Lương,Cụm thi đua thử nghiệm,25/QĐ-UBND,20/03/2026,",
            "2,2024,Giấy khen,Cơ sở,Cá nhân,Trần Văn Bình,Thống kê cơ sở Đô Lương,Cụm thi đua thử nghiệm,24/QĐ-UBND,20/03/2025,Đã bị thu hồi theo Quyết định số 99/QĐ-UBND",
        ], lines[1..]);
    }

    [Fact]
    public async Task The_XLSX_export_opens_as_a_workbook_with_the_same_rows_and_real_dates()
    {
        var response = await _site.CreateClient().GetAsync("/khen-thuong.xlsx?doi-tuong=Collective");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.Equal("Khen thưởng", sheet.Name!.Value);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InnerText : c.CellValue?.Text ?? "").ToList()).ToList();
        Assert.Equal(["STT", "Năm thi đua", "Hình thức khen thưởng", "Cấp", "Tập thể, cá nhân", "Tên tập thể, cá nhân", "Đơn vị", "Cụm, khối thi đua",
            "Số quyết định", "Ngày quyết định", "Tình trạng"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["1", "2024", "Cờ thi đua của Ủy ban nhân dân tỉnh", "Bộ, ngành, tỉnh", "Tập thể", "Ủy ban nhân dân  xã Hạnh Lâm",
            "Ủy ban nhân dân xã Hạnh Lâm", "Cụm thi đua thử nghiệm", "24/QĐ-UBND"], rows[1][..9]);
        Assert.Equal(new DateTime(2025, 3, 20), DateTime.FromOADate(double.Parse(rows[1][9], CultureInfo.InvariantCulture)));
        Assert.Equal("UBND xã Hạnh Lâm", rows[2][5]);
    }

    [Fact]
    public async Task An_export_with_a_filter_that_does_not_read_is_refused_as_problem_json()
    {
        var response = await _site.CreateClient().GetAsync("/khen-thuong.xlsx?cap=Tinh");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Cấp khen thưởng “Tinh” không có", await response.Content.ReadAsStringAsync());
    }
}
