using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EmulationPortal.BrowserTests;

/// <summary>
/// The cluster's reviewer enters the year on a phone: the covenant's criteria, the scores pasted from the
/// leader's spreadsheet, the vote; publishes it; and a reader opens the year from the cluster's page.
/// </summary>
[Collection(EditorJourneyCollection.Name)]
public sealed class ClusterYearJourneyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_reviewer_enters_the_year_on_a_phone_and_a_reader_finds_it_on_the_cluster_page()
    {
        using var portal = PortalServer.Start();
        await Cluster42People.AddAsync(portal);
        await using var reviewerContext = await browser.NewContextAsync(Device.Phone, portal);
        var reviewer = await reviewerContext.NewPageAsync();
        await BrowserFixture.SignInAsync(reviewer, Cluster42People.Reviewer, Cluster42People.Password);

        await reviewer.GotoAsync($"/admin/nam-thi-dua/tao?cum={Cluster42People.Cluster}&nam=2026");
        await reviewer.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync("Giao ước và kết quả thi đua năm 2026");
        await reviewer.Locator("input[name=SignedOn]").FillAsync("2026-02-26");
        await reviewer.Locator("input[name=Place]").FillAsync("Thống kê cơ sở Thanh Chương");
        await reviewer.Locator("input[name='Criteria[0].Name']").FillAsync("Thực hiện chương trình điều tra thống kê");
        await reviewer.Locator("input[name='Criteria[0].MaxPoints']").FillAsync("60");
        await reviewer.Locator("input[name='Criteria[1].Name']").FillAsync("Phong trào thi đua, khen thưởng");
        await reviewer.Locator("input[name='Criteria[1].MaxPoints']").FillAsync("40");
        await reviewer.Locator("textarea[name=ScoresPaste]").FillAsync(
            "1\tThống kê cơ sở Thanh Chương\t98,5\t98\t1\n2\tThống kê cơ sở Anh Sơn\t98\t97,5\t2\n3\tThống kê cơ sở Đô Lương\t97,5\t96\t3");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Đọc bảng điểm" }).TapAsync();
        await Expect(reviewer.Locator("select[name='Scores[0].Unit'] option:checked")).ToHaveTextAsync("Thống kê cơ sở Thanh Chương");
        await Expect(reviewer.Locator("input[name='Scores[1].CheckedScore']")).ToHaveValueAsync("97.5");
        // What was typed before the paste stays.
        await Expect(reviewer.Locator("input[name='Criteria[1].MaxPoints']")).ToHaveValueAsync("40");
        await reviewer.Locator("select[name='Votes[0].Unit']").SelectOptionAsync(new SelectOptionValue { Label = "Thống kê cơ sở Thanh Chương" });
        await reviewer.Locator("input[name='Votes[0].Count']").FillAsync("5");
        await BrowserFixture.ExpectFitsTheScreenAsync(reviewer);
        await BrowserFixture.ScreenshotAsync(reviewer, "year-01-reviewer-enters-phone");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Lưu bản nháp" }).TapAsync();
        await Expect(reviewer.Locator(".notice")).ToHaveTextAsync("Đã lưu bản nháp.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Duyệt và đăng" }).TapAsync();
        await Expect(reviewer.Locator(".status").First).ToHaveTextAsync("Đã đăng");

        await using var readerContext = await browser.NewContextAsync(Device.Phone, portal);
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/cum-thi-dua/cum-thi-dua-so-42-thong-ke-tinh-nghe-an");
        await reader.Locator("nav.year-nav").GetByRole(AriaRole.Link, new() { Name = "Năm 2026" }).TapAsync();
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Cụm thi đua số 42 – Thống kê tỉnh Nghệ An – năm 2026");
        await Expect(reader.Locator("table.scores tbody tr").First).ToContainTextAsync("Thống kê cơ sở Thanh Chương");
        await Expect(reader.Locator("ul.votes")).ToContainTextAsync("Thống kê cơ sở Thanh Chương: 5 phiếu");
        await BrowserFixture.ExpectFitsTheScreenAsync(reader);
        await BrowserFixture.ScreenshotAsync(reader, "year-02-reader-phone");
    }
}
