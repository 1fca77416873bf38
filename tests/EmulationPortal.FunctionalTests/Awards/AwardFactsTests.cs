using System.Text.RegularExpressions;
using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>The register's facts as a decision's own page shows them: units linked, revocations said and linked.</summary>
public sealed class AwardFactsTests(AwardSite fixture) : IClassFixture<AwardSite>
{
    private readonly PortalFactory _site = fixture.Site;

    private async Task<string> UrlOfAsync(string decisionId)
    {
        var lookup = _site.Service<AwardLookup>();
        var (filter, _) = await lookup.ParseAsync(new AwardFilterText());
        return (await lookup.ExportAsync(filter!)).First(l => l.Decision.Id == decisionId).Decision.Url;
    }

    [Fact]
    public async Task A_decision_with_revoked_lines_says_so_marks_them_and_links_the_revoking_decision_and_the_units()
    {
        var page = await _site.GetDocumentAsync(await UrlOfAsync("qd-2024"));
        var revokingUrl = page.QuerySelector(".revoked-notice a")!.GetAttribute("href");

        Assert.Equal("Một số khen thưởng trong danh sách đã bị thu hồi theo Quyết định số 99/QĐ-UBND.",
            Regex.Replace(page.QuerySelector(".revoked-notice")!.TextContent, @"\s+", " ").Replace(" .", ".", StringComparison.Ordinal).Trim());
        Assert.Contains("99/QĐ-UBND", (await _site.GetDocumentAsync(revokingUrl!)).QuerySelector(".doc-number")!.TextContent);
        var rows = page.QuerySelectorAll("table.awards tbody tr");
        Assert.Equal([null, "revoked", null], rows.Select(r => r.GetAttribute("class")));
        Assert.Equal(["/don-vi/don-vi-a", "/don-vi/tk-do-luong", "/don-vi/xa-hanh-lam"], rows.Select(r => r.QuerySelector("td:last-child a")?.GetAttribute("href")));
    }

    [Fact]
    public async Task A_decision_revoked_whole_says_so_at_the_top()
    {
        var page = await _site.GetDocumentAsync(await UrlOfAsync("qd-2022"));

        Assert.Equal("Quyết định này đã bị thu hồi theo Quyết định số 99/QĐ-UBND.", page.QuerySelector(".revoked-notice")!.TextContent);
    }

    [Fact]
    public async Task A_decision_nothing_revoked_carries_no_notice_and_leaves_unknown_units_as_written()
    {
        var page = await _site.GetDocumentAsync(await UrlOfAsync("qd-2025"));

        Assert.Null(page.QuerySelector(".revoked-notice"));
        Assert.Equal([true, false, true], page.QuerySelectorAll("table.awards tbody tr").Select(r => r.QuerySelector("td:last-child a") is not null));
    }
}
