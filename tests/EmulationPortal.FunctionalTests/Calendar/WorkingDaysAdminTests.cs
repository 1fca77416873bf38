using System.Net;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Calendar;

/// <summary>/admin/ngay-nghi: the computed holidays of a year, and the days an administrator adds from the year's notice.</summary>
public sealed class WorkingDaysAdminTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string Page = "/admin/ngay-nghi";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.BaseSteps();
        TestRecipes.WithUsers(recipe, TestRecipes.Person("quantri", Password, ["Administrator"]), TestRecipes.Person("canbo", Password, ["Staff"]));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    [Fact]
    public async Task The_year_shows_its_computed_holidays_and_an_announced_swap_moves_the_working_days()
    {
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        var page = await admin.GetDocumentAsync($"{Page}?nam=2026");
        var rows = page.QuerySelectorAll("table.working-days tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("27/04/2026") && r.Contains("Nghỉ bù Giỗ Tổ Hùng Vương"));
        // Giỗ Tổ itself falls on a Sunday: not a day off of the working week.
        Assert.DoesNotContain(rows, r => r.Contains("26/04/2026"));
        Assert.Contains(rows, r => r.Contains("17/02/2026") && r.Contains("Tết Nguyên đán"));

        var before = await _site.Service<IWorkingCalendarProvider>().GetAsync();
        Assert.True(before.IsWorkingDay(new DateOnly(2026, 5, 4)));
        var saved = await admin.PostFormAsync(Page, Fields(("Date", "2026-05-04"), ("IsDayOff", "true"), ("Name", "Nghỉ hoán đổi dịp 30/4 – 1/5")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await admin.PostFormAsync(Page, Fields(("Date", "2026-05-09"), ("IsDayOff", "false"), ("Name", "Làm bù cho ngày 04/5")));
        await _site.ChangeFeedSettledAsync();

        var after = await _site.Service<IWorkingCalendarProvider>().GetAsync();
        Assert.False(after.IsWorkingDay(new DateOnly(2026, 5, 4)));
        Assert.True(after.IsWorkingDay(new DateOnly(2026, 5, 9)));
        var listed = await admin.GetDocumentAsync($"{Page}?nam=2026");
        Assert.Equal(2, listed.QuerySelectorAll(".announced-days li").Length);
        var publicPage = await _site.GetDocumentAsync("/lich?thang=2026-05");
        Assert.Contains(publicPage.QuerySelectorAll(".day-off"), e => e.TextContent.Contains("Nghỉ hoán đổi dịp 30/4 – 1/5"));

        var removed = await admin.PostFormAsync($"{Page}/xoa", Fields(("date", "2026-05-04")));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        await _site.ChangeFeedSettledAsync();
        Assert.True((await _site.Service<IWorkingCalendarProvider>().GetAsync()).IsWorkingDay(new DateOnly(2026, 5, 4)));
    }

    [Theory]
    [InlineData("", "true", "Nghỉ thêm", "Xin chọn ngày.")]
    [InlineData("2026-05-04", "true", "", "Xin ghi tên hoặc lý do")]
    [InlineData("khong-phai-ngay", "true", "Nghỉ thêm", "")]
    public async Task A_day_without_a_date_or_a_name_is_refused_in_vietnamese_and_the_form_keeps_what_was_typed(string date, string dayOff, string name, string message)
    {
        using var admin = await AdminClient.LoginAsync(_site, "quantri", Password);
        var response = await admin.PostFormAsync(Page, Fields(("Date", date), ("IsDayOff", dayOff), ("Name", name)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".error-box")!.TextContent);
        Assert.Equal(name, page.QuerySelector("input[name=Name]")!.GetAttribute("value") ?? "");
        Assert.Empty((await admin.GetDocumentAsync(Page)).QuerySelectorAll(".announced-days li"));
    }

    [Fact]
    public async Task Only_administrators_keep_the_days()
    {
        using var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        foreach (var response in new[] { await staff.GetAsync(Page), await staff.PostFormAsync(Page, Fields(("Date", "2026-05-04"), ("IsDayOff", "true"), ("Name", "x"))) })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/admin/khong-co-quyen", response.Headers.Location!.OriginalString);
        }
        Assert.Empty(await _site.Service<EmulationPortal.Calendar.Services.AnnouncedDays>().ListAsync());
    }
}
