using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Calendar;

/// <summary>/lich: the demo's conferences and plan deadlines of a month, by day and cluster.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class CalendarPageTests(DemoSite site)
{
    private static readonly DateOnly January2026 = new(2026, 1, 1);

    private static IEnumerable<(DateOnly Date, string Cluster, string Slug)> DemoEventsIn(DateOnly month) =>
        DemoRecipe.Items("Conference").Select(c => (Date: DateOnly.Parse((string)c["date"]!, CultureInfo.InvariantCulture), Cluster: (string)c["cluster"]!, Slug: (string)c["slug"]!))
            .Concat(DemoRecipe.Items("Plan").SelectMany(p => (p["milestones"]?.AsArray() ?? []).Select(m =>
                (Date: DateOnly.Parse((string)m!["due"]!, CultureInfo.InvariantCulture), Cluster: (string)p["cluster"]!, Slug: (string)p["slug"]!))))
            .Where(e => e.Date.Year == month.Year && e.Date.Month == month.Month);

    [Fact]
    public async Task A_month_lists_each_conference_and_deadline_on_its_day_with_a_link_to_its_page()
    {
        var expected = DemoEventsIn(January2026).ToList();
        Assert.True(expected.Count >= 4, "the demo has conferences and deadlines in January 2026");

        var page = await site.GetDocumentAsync("/lich?thang=2026-01");
        var days = page.QuerySelectorAll(".calendar-day").ToList();
        var dates = days.Select(d => DateOnly.Parse(d.QuerySelector("time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();
        // The month's one holiday on a weekday comes with the events: New Year's Day, a Thursday.
        Assert.Equal(expected.Select(e => e.Date).Append(new DateOnly(2026, 1, 1)).Distinct().Order(), dates);
        Assert.Equal("Tết Dương lịch", days[0].QuerySelector(".day-off")!.TextContent.Replace("Ngày nghỉ", "").Trim());
        Assert.Equal(expected.Count, page.QuerySelectorAll(".calendar-entry:not(.day-off)").Length);
        foreach (var (date, _, slug) in expected)
        {
            var day = days[dates.IndexOf(date)];
            Assert.Contains(day.QuerySelectorAll(".calendar-entry a"), a => a.GetAttribute("href")!.EndsWith("/" + slug, StringComparison.Ordinal));
        }
        Assert.Equal("Thứ năm, 01/01/2026", days[0].QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("page", page.QuerySelector("footer a[href='/lich']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_cluster_filter_keeps_its_events_and_an_unknown_cluster_is_not_found()
    {
        var cluster = DemoRecipe.Cluster("cum-12-thanh-hoa");
        var slug = (string?)cluster["slug"] ?? "cum-thi-dua-so-12-tinh-thanh-hoa";
        var page = await site.GetDocumentAsync($"/lich?thang=2026-01&cum={slug}");
        Assert.Equal(DemoEventsIn(January2026).Count(e => e.Cluster == "cum-12-thanh-hoa"), page.QuerySelectorAll(".calendar-entry:not(.day-off)").Length);
        Assert.All(page.QuerySelectorAll(".calendar-entry:not(.day-off)"), entry => Assert.Contains((string)cluster["name"]!, entry.TextContent));
        Assert.Contains($"cum={slug}", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var clusterPage = await site.GetDocumentAsync($"/cum-thi-dua/{slug}");
        Assert.NotNull(clusterPage.QuerySelector($"a[href='/lich?cum={slug}']"));

        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/lich?cum=khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/lich.ics?cum=khong-co")).StatusCode);
    }

    [Theory]
    [InlineData("/lich?thang=1990-03")]
    [InlineData("/lich?thang=khong-phai-thang")]
    [InlineData("/lich?thang=2026-13")]
    public async Task A_month_without_events_or_a_month_not_understood_gives_a_page_not_an_error(string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await site.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector(".calendar-days, .empty"));
    }
}

/// <summary>/lich.ics: an RFC 5545 feed that parses back, with the events around today and links to their pages.</summary>
public sealed class CalendarFeedTests : IDisposable
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_busy_month_shows_every_conference_not_only_the_first_hundred()
    {
        var conferences = Enumerable.Range(1, 130).Select(i =>
        {
            var conference = TestRecipes.Conference($"hoi-nghi-{i}", $"Hội nghị sơ kết số {i}");
            conference["slug"] = $"hoi-nghi-{i}";
            conference["date"] = $"2024-05-{1 + i % 28:00}";
            return conference;
        }).ToArray();
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(conferences)));

        var page = await _site.GetDocumentAsync("/lich?thang=2024-05");

        Assert.Equal(130, page.QuerySelectorAll(".calendar-entry:not(.day-off)").Length);
    }

    [Fact]
    public async Task The_feed_parses_back_with_whole_day_events_folded_lines_and_links()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var conference = TestRecipes.Conference("hoi-nghi-sap-toi", "Hội nghị ký kết giao ước thi đua; cụm, khối \"năm tới\"");
        conference["date"] = Iso(today.AddDays(10));
        var plan = new JsonObject
        {
            ["type"] = "Plan", ["id"] = "ke-hoach", ["cluster"] = TestRecipes.ClusterId, ["title"] = "Kế hoạch tổng kết", ["slug"] = "ke-hoach", ["status"] = "Published",
            ["number"] = "05/KH-CTĐ", ["issuedOn"] = Iso(today.AddDays(-5)), ["issuer"] = "Cụm thi đua thử nghiệm", ["summary"] = "Tổng kết năm",
            ["milestones"] = new JsonArray(
                new JsonObject { ["due"] = Iso(today.AddDays(5)), ["text"] = "Các đơn vị gửi báo cáo tự chấm điểm, kèm bảng số liệu về Văn phòng Cụm trưởng trước 17 giờ" },
                new JsonObject { ["due"] = Iso(today.AddDays(800)), ["text"] = "Quá xa, ngoài lịch" }),
        };
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(conference, plan)));

        var response = await _site.CreateClient().GetAsync($"/lich.ics?cum={TestRecipes.ClusterSlug}");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        // RFC 5545 §3.1: lines end in CRLF and are folded at 75 octets, not characters.
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line of {Encoding.UTF8.GetByteCount(line)} octets: {line}"));

        var calendar = Ical.Net.Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal("Các đơn vị gửi báo cáo tự chấm điểm, kèm bảng số liệu về Văn phòng Cụm trưởng trước 17 giờ", events[0].Summary);
        Assert.Equal("Hội nghị ký kết giao ước thi đua; cụm, khối \"năm tới\"", events[1].Summary);
        Assert.False(events[1].DtStart!.HasTime);
        Assert.Equal(today.AddDays(10), DateOnly.FromDateTime(events[1].DtStart!.Value));
        Assert.Equal(today.AddDays(11), DateOnly.FromDateTime(events[1].DtEnd!.Value));
        Assert.Equal("Hội trường xã", events[1].Location);
        Assert.EndsWith("/van-ban/ke-hoach", events[0].Url!.AbsoluteUri);
        Assert.True(events[0].Url!.IsAbsoluteUri);
        Assert.Equal(2, events.Select(e => e.Uid).Distinct().Count());
        Assert.Contains("Cụm thi đua thử nghiệm", calendar.Properties["X-WR-CALNAME"]!.Value!.ToString());
    }
}
