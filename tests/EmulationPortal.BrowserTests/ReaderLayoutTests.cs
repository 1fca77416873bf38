using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// The public pages' layout where a phone reader meets it first: the header, what lies above the fold, the folded
/// search filters, and what comes out of the printer.
/// </summary>
[Collection(PublicJourneyCollection.Name)]
public sealed partial class ReaderLayoutTests(BrowserFixture browser)
{
    private const int MostHeaderHeight = 64;

    [BrowserFact]
    public async Task On_a_phone_the_header_is_one_row_whose_menu_button_opens_and_closes_the_sections()
    {
        await using var context = await browser.NewContextAsync(Device.Phone);
        var page = await context.NewPageAsync();

        foreach (var url in new[] { "/", "/van-ban", "/tim-kiem?q=thi+%C4%91ua", "/khen-thuong", "/lich" })
        {
            await page.GotoAsync(url);
            var header = (await page.Locator(".site-header").BoundingBoxAsync())!;
            Assert.True(header.Height <= MostHeaderHeight, $"The header of {url} is {header.Height} px tall.");
            await Expect(page.Locator("nav.site-nav")).ToBeHiddenAsync();
        }

        var button = page.Locator(".menu-button");
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        var links = page.Locator("nav.site-nav a");
        await Expect(links.First).ToBeVisibleAsync();
        Assert.Equal(7, await links.CountAsync());
        foreach (var box in await links.EvaluateAllAsync<double[]>("links => links.map(a => a.getBoundingClientRect().height)"))
        {
            Assert.True(box >= 24, $"A menu link is {box} px tall, a hard target for a thumb.");
        }
        await BrowserFixture.ScreenshotAsync(page, "layout-01-menu-open-phone");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("nav.site-nav")).ToBeHiddenAsync();
        await Expect(button).ToBeFocusedAsync();

        await page.Locator(".header-search-link").TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tim-kiem$"));
    }

    [BrowserFact]
    public async Task On_a_phone_the_first_search_result_shows_above_the_fold_and_chosen_filters_are_chips_that_remove_themselves()
    {
        await using var context = await browser.NewContextAsync(Device.Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/tim-kiem?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh+khen+th%C6%B0%E1%BB%9Fng&loai=AwardDecision");

        var firstHit = (await page.Locator("ol.hits > li").First.BoundingBoxAsync())!;
        Assert.True(firstHit.Y + 80 <= Device.Phone.Height, $"The first result starts at {firstHit.Y} px, below the fold.");
        var panel = page.Locator("details.filter-panel");
        await Expect(panel).Not.ToHaveAttributeAsync("open", "");
        await Expect(page.Locator("aside.facets")).ToBeHiddenAsync();
        await Expect(panel.Locator("summary")).ToHaveTextAsync("Lọc kết quả (1 đang chọn)");
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "layout-02-search-phone");

        await panel.Locator("summary").TapAsync();
        await Expect(page.Locator("aside.facets")).ToBeVisibleAsync();
        var years = (await page.Locator("aside.facets section.facet", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Năm", Exact = true }) })
            .Locator("li").AllInnerTextsAsync()).Select(text => int.Parse(YearAtStart().Match(text).Value)).ToList();
        Assert.True(years.Count > 1, "The demo's decisions span more than one year.");
        Assert.Equal(years.OrderDescending(), years);

        var chip = page.Locator("ul.chips a.chip");
        await Expect(chip).ToHaveCountAsync(1);
        await Expect(chip).ToContainTextAsync("Loại: Quyết định khen thưởng");
        await chip.TapAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("loai="));
        await Expect(page.Locator("ul.chips")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task On_a_phone_a_document_s_download_button_shows_above_the_fold_and_the_list_offers_the_file_in_its_row()
    {
        await using var context = await browser.NewContextAsync(Device.Phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/van-ban");
        var row = page.Locator("table.doc-table tbody tr", new() { Has = page.Locator("a.download-link") }).First;
        await Expect(row.Locator("a.download-link")).ToContainTextAsync(PdfSize());
        var number = row.Locator("td.doc-number");
        var numberLines = await number.EvaluateAsync<double>("td => td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight)");
        Assert.True(numberLines < 1.5, "A document's number breaks across lines.");
        await BrowserFixture.ExpectFitsTheScreenAsync(page);

        await row.Locator("a.doc-title").TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/van-ban/[^/?]+$"));
        var download = page.Locator("a.download-button");
        await Expect(download).ToContainTextAsync(PdfSize());
        var box = (await download.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= Device.Phone.Height, $"The download button ends at {box.Y + box.Height} px, below the fold.");
        await BrowserFixture.ExpectFitsTheScreenAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "layout-03-document-phone");

        var response = await page.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await response.BodyAsync())[..4]));
    }

    [BrowserFact]
    public async Task A_printed_decision_shows_its_fields_as_on_paper_without_the_menu_and_says_where_it_came_from()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/van-ban?loai=AwardDecision");
        var link = page.Locator("table.doc-table a.doc-title").First;
        var title = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/van-ban/[^/?]+$"));
        var number = (await page.Locator("dl.facts dd.doc-number").InnerTextAsync()).Trim();

        var printed = await PrintedTextAsync(page);

        Assert.Contains(Words(title), Words(printed));
        Assert.Contains("Số, ký hiệu", printed);
        Assert.Contains(number, printed);
        Assert.Contains("Cơ quan ban hành", printed);
        Assert.Contains("Danh sách khen thưởng", printed);
        Assert.Contains(Compact("Nguồn: " + page.Url), Compact(printed));
        Assert.Matches(@"In ngày \d{2}/\d{2}/\d{4}", printed);
        Assert.DoesNotContain("Bỏ qua, đến nội dung chính", printed);
        Assert.DoesNotContain("Trang chủ", printed);
        Assert.DoesNotContain("Lấy ý kiến Nhân dân về đề nghị khen thưởng", printed);
        Assert.DoesNotContain("Tải về", printed);
    }

    [BrowserFact]
    public async Task A_printed_write_up_keeps_its_text_and_leaves_out_the_menu_the_neighbours_and_the_footer()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();
        await OpenNewestWriteUpAsync(page);
        var title = (await page.Locator("h1").InnerTextAsync()).Trim();
        var firstParagraph = (await page.Locator(".news-body > p").First.InnerTextAsync()).Trim();
        await Expect(page.Locator("nav.prev-next")).ToBeVisibleAsync();

        var printed = await PrintedTextAsync(page);

        Assert.Contains(Words(title), Words(printed));
        Assert.Contains(Words(firstParagraph)[..Math.Min(60, firstParagraph.Length)].Trim(), Words(printed));
        Assert.Contains(Compact("Nguồn: " + page.Url), Compact(printed));
        Assert.DoesNotContain("Bài trước", printed);
        Assert.DoesNotContain("Trang chủ", printed);
        Assert.DoesNotContain("Tin cùng", printed);
        Assert.DoesNotContain("Lịch hội nghị, hạn nộp và ngày nghỉ", printed);
    }

    [BrowserFact]
    public async Task On_a_desktop_a_write_up_s_lines_stay_about_seventy_characters_long()
    {
        await using var context = await browser.NewContextAsync(Device.Desktop);
        var page = await context.NewPageAsync();
        await OpenNewestWriteUpAsync(page);

        // The paragraph's width over the mean width of its own letters in its own font.
        var perLine = await page.Locator(".news-body > p").Nth(1).EvaluateAsync<double>("""
            p => {
                const context = document.createElement("canvas").getContext("2d");
                const style = getComputedStyle(p);
                context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
                const text = p.textContent.replace(/\s+/g, " ").trim();
                return p.clientWidth / (context.measureText(text).width / text.length);
            }
            """);
        Assert.InRange(perLine, 55, 80);
    }

    private static async Task OpenNewestWriteUpAsync(IPage page)
    {
        await page.GotoAsync("/tin-tuc");
        await page.Locator(".card-link").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/tin-tuc/[^/?]+$"));
    }

    /// <summary>Prints the page as Chromium does to paper and reads the PDF back with poppler's pdftotext.</summary>
    private static async Task<string> PrintedTextAsync(IPage page)
    {
        var pdf = Path.Combine(Path.GetTempPath(), $"print-{Guid.NewGuid():N}.pdf");
        try
        {
            await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
            var reader = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdf, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            })!;
            var text = await reader.StandardOutput.ReadToEndAsync();
            await reader.WaitForExitAsync();
            Assert.Equal(0, reader.ExitCode);
            return text.Normalize(System.Text.NormalizationForm.FormC);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    private static string Words(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Without spaces and hyphens: pdftotext joins a line that ends in a hyphen (as a long address may) to the next.</summary>
    private static string Compact(string text) => Whitespace().Replace(text, "").Replace("-", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d{4}")]
    private static partial Regex YearAtStart();

    [GeneratedRegex(@"PDF, \d+(,\d)? [KM]B")]
    private static partial Regex PdfSize();
}
