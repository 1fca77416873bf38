using System.Net;
using Dapper;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Notifications;

/// <summary>Notifications in the admin: who gets one for which step, the header's badge, the list and marking read.</summary>
public sealed class NotificationTests : IAsyncLifetime
{
    private NotificationSite _site = null!;

    public async Task InitializeAsync() => _site = await NotificationSite.CreateAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_submitted_item_shows_on_its_reviewers_badge_and_list_and_not_on_the_submitter_s()
    {
        var id = await _site.DraftAsync("Hội nghị tổng kết năm 2025");
        await _site.StepAsync(NotificationSite.Editor, id, "Submit");

        Assert.Equal(1, await _site.BadgeAsync(NotificationSite.Reviewer));
        Assert.Equal(1, await _site.BadgeAsync(NotificationSite.SecondReviewer));
        Assert.Equal(0, await _site.BadgeAsync(NotificationSite.Editor));
        // The cluster has reviewers of its own, so the board's staff are not troubled.
        Assert.Equal(0, await _site.BadgeAsync("canbo"));

        var reviewer = await _site.ClientAsync(NotificationSite.Reviewer);
        var list = await reviewer.GetDocumentAsync("/admin/thong-bao");
        var entry = Assert.Single(list.QuerySelectorAll(".notification-list li"));
        Assert.Equal("Submitted", entry.GetAttribute("data-kind"));
        Assert.Contains("unread", entry.ClassList);
        Assert.Contains("Nguyễn Văn Biên đã gửi bài “Hội nghị tổng kết năm 2025” để anh/chị duyệt.", entry.TextContent);
        Assert.Equal($"/admin/noi-dung/{id}", entry.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(entry.QuerySelector("form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Approving_rejecting_and_publishing_notify_the_author_and_never_the_reviewer_who_acted()
    {
        var approved = await _site.DraftAsync("Bài được duyệt");
        await _site.StepAsync(NotificationSite.Editor, approved, "Submit");
        await _site.StepAsync(NotificationSite.Reviewer, approved, "Publish");

        var rejected = await _site.DraftAsync("Bài bị trả lại");
        await _site.StepAsync(NotificationSite.Editor, rejected, "Submit");
        await _site.StepAsync(NotificationSite.Reviewer, rejected, "Reject", "Bổ sung danh sách đơn vị dự hội nghị.");

        // A reviewer publishing the editor's draft without a review step.
        var published = await _site.DraftAsync("Bài đăng thẳng");
        await _site.StepAsync(NotificationSite.SecondReviewer, published, "Publish");

        var editor = await _site.ClientAsync(NotificationSite.Editor);
        Assert.Equal(3, await _site.BadgeAsync(NotificationSite.Editor));
        var entries = (await editor.GetDocumentAsync("/admin/thong-bao")).QuerySelectorAll(".notification-list li");
        // Newest first.
        Assert.Equal(["Published", "Rejected", "Approved"], entries.Select(e => e.GetAttribute("data-kind")));
        Assert.Contains("Bài “Bài đăng thẳng” của anh/chị đã được Lê Văn Hai đăng lên trang công khai.", entries[0].TextContent);
        Assert.Contains("Bài “Bài bị trả lại” của anh/chị đã bị Trần Thị Duyệt trả lại để sửa.", entries[1].TextContent);
        Assert.Equal("Ý kiến của người duyệt: Bổ sung danh sách đơn vị dự hội nghị.", entries[1].QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Contains("Bài “Bài được duyệt” của anh/chị đã được Trần Thị Duyệt duyệt và đăng lên trang công khai.", entries[2].TextContent);

        // The reviewers heard of the two submissions only; neither hears of what they did themselves.
        await using var connection = await _site.Site.OpenDatabaseAsync();
        var rows = (await connection.QueryAsync<(string Recipient, string Kind, string Actor)>(
            "SELECT recipient, kind, actor FROM notifications")).ToList();
        Assert.DoesNotContain(rows, r => r.Recipient == r.Actor);
        Assert.Equal(2, rows.Count(r => r.Recipient == NotificationSite.Reviewer && r.Kind == "Submitted"));
        Assert.Equal(2, rows.Count(r => r.Recipient == NotificationSite.SecondReviewer && r.Kind == "Submitted"));
        Assert.Equal(7, rows.Count);
    }

    [Fact]
    public async Task Scheduling_an_item_in_review_tells_the_author_when_it_will_go_live_and_the_scheduler_that_it_did()
    {
        var id = await _site.DraftAsync("Bài hẹn giờ đăng");
        await _site.StepAsync(NotificationSite.Editor, id, "Submit");
        var reviewer = await _site.ClientAsync(NotificationSite.Reviewer);
        var scheduled = await reviewer.PostFormAsync($"/admin/noi-dung/{id}/len-lich", [new("publishAt", "2099-01-02T08:30")]);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);

        var editor = await _site.ClientAsync(NotificationSite.Editor);
        var entry = Assert.Single((await editor.GetDocumentAsync("/admin/thong-bao")).QuerySelectorAll(".notification-list li"));
        Assert.Equal("ApprovedScheduled", entry.GetAttribute("data-kind"));
        Assert.Contains("Bài “Bài hẹn giờ đăng” của anh/chị đã được Trần Thị Duyệt duyệt, hẹn đăng lúc 02/01/2099 08:30.", entry.TextContent);

        await using (var connection = await _site.Site.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE content_items SET scheduled_publish_utc = @past WHERE id = @id",
                new { past = DateTime.UtcNow.AddMinutes(-1), id });
        }
        await _site.Site.Service<Core.Content.ContentEditing>().PublishDueAsync();
        Assert.Equal("Published", await _site.StatusAsync(id));
        var entries = (await editor.GetDocumentAsync("/admin/thong-bao")).QuerySelectorAll(".notification-list li");
        Assert.Equal(["Published", "ApprovedScheduled"], entries.Select(e => e.GetAttribute("data-kind")));
        Assert.Contains("Bài “Bài hẹn giờ đăng” của anh/chị đã được đăng lên trang công khai theo lịch.", entries[0].TextContent);
    }

    [Fact]
    public async Task Marking_read_lowers_the_badge_one_at_a_time_or_all_at_once_and_only_for_the_reader()
    {
        foreach (var title in new[] { "Bài một", "Bài hai", "Bài ba" })
        {
            await _site.StepAsync(NotificationSite.Editor, await _site.DraftAsync(title), "Submit");
        }
        var reviewer = await _site.ClientAsync(NotificationSite.Reviewer);
        Assert.Equal(3, await _site.BadgeAsync(NotificationSite.Reviewer));

        var first = (await reviewer.GetDocumentAsync("/admin/thong-bao")).QuerySelector(".notification-list li form")!.GetAttribute("action")!;
        // Without the antiforgery token nothing changes.
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.Http.PostAsync(first, new FormUrlEncodedContent([]))).StatusCode);
        // Another person cannot mark the reviewer's notification.
        var other = await _site.ClientAsync(NotificationSite.SecondReviewer);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync(first, [])).StatusCode);
        Assert.Equal(3, await _site.BadgeAsync(NotificationSite.Reviewer));

        var response = await reviewer.PostFormAsync(first, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/thong-bao", response.Headers.Location!.OriginalString);
        Assert.Equal(2, await _site.BadgeAsync(NotificationSite.Reviewer));
        var list = await reviewer.GetDocumentAsync("/admin/thong-bao");
        Assert.Equal(2, list.QuerySelectorAll(".notification-list li.unread").Length);
        Assert.Equal(3, list.QuerySelectorAll(".notification-list li").Length);

        var all = list.QuerySelectorAll("form").Select(f => f.GetAttribute("action")).Single(a => a == "/admin/thong-bao/da-doc-het");
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync(all!, [])).StatusCode);
        Assert.Equal(0, await _site.BadgeAsync(NotificationSite.Reviewer));
        Assert.Empty((await reviewer.GetDocumentAsync("/admin/thong-bao")).QuerySelectorAll(".notification-list li.unread"));
        Assert.Equal(3, await _site.BadgeAsync(NotificationSite.SecondReviewer));
    }

    [Fact]
    public async Task Without_a_mail_host_nothing_is_queued_and_the_account_page_keeps_the_setting()
    {
        await _site.StepAsync(NotificationSite.Editor, await _site.DraftAsync("Bài không gửi thư"), "Submit");
        await using (var connection = await _site.Site.OpenDatabaseAsync())
        {
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM background_jobs WHERE kind = 'notification-mail'"));
        }

        var reviewer = await _site.ClientAsync(NotificationSite.Reviewer);
        var page = await reviewer.GetDocumentAsync("/admin/tai-khoan");
        var box = page.QuerySelector("input[name=EmailNotifications]")!;
        Assert.True(box.HasAttribute("checked"));
        Assert.Contains("Nhận thông báo qua e-mail", box.ParentElement!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync("/admin/tai-khoan", [])).StatusCode);
        Assert.False((await reviewer.GetDocumentAsync("/admin/tai-khoan")).QuerySelector("input[name=EmailNotifications]")!.HasAttribute("checked"));
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync("/admin/tai-khoan", [new("EmailNotifications", "true")])).StatusCode);
        Assert.True((await reviewer.GetDocumentAsync("/admin/tai-khoan")).QuerySelector("input[name=EmailNotifications]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task A_recipe_carries_an_e_mail_setting_that_is_turned_off()
    {
        var second = await _site.ClientAsync(NotificationSite.SecondReviewer);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync("/admin/tai-khoan", [])).StatusCode);
        var folder = Path.Combine(Path.GetTempPath(), "portal-recipes", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "site.recipe.json");
        await _site.Site.Service<Core.Recipes.RecipeExecutor>().ExportAsync(path);
        var users = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(path))!["steps"]!.AsArray()
            .Single(step => (string)step!["name"]! == "Users")!["users"]!.AsArray();
        Assert.False((bool)users.Single(u => (string)u!["userName"]! == NotificationSite.SecondReviewer)!["emailNotifications"]!);
        Assert.Null(users.Single(u => (string)u!["userName"]! == NotificationSite.Reviewer)!["emailNotifications"]);

        using var copy = PortalFactory.Fresh(demoContent: false);
        await copy.Service<Core.Recipes.RecipeExecutor>().RunAsync(path);
        var people = await copy.Service<Core.Content.IPeopleDirectory>().FindAsync([NotificationSite.Reviewer, NotificationSite.SecondReviewer]);
        Assert.Equal([true, false], people.Select(p => p.EmailNotifications));
        Directory.Delete(folder, recursive: true);
    }
}
