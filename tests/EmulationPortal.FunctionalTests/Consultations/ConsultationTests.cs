using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Consultations;

/// <summary>
/// "Lấy ý kiến Nhân dân": a list published for comment, the countdown in working days, readers' comments that only staff
/// see, their handling, the closing record, corrections of a published list, the API, the feed and the recipe.
/// </summary>
public sealed class ConsultationTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const string OpenId = "lay-y-kien-huan-chuong";
    private const string OpenSlug = "lay-y-kien-huan-chuong-lao-dong";
    private const string ClosedSlug = "lay-y-kien-nam-truoc";
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);
    private readonly DateOnly _today = TimeProvider.System.TodayInVietnam();

    public Task InitializeAsync() => SetUpAsync(_site);

    private async Task SetUpAsync(PortalFactory site)
    {
        var recipe = TestRecipes.BaseSteps();
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("canbo", Password, ["Staff"]),
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("duyet", Password, null, (TestRecipes.ClusterId, "Reviewer")));
        recipe["steps"]!.AsArray().Add(Step(
            Consultation(OpenId, OpenSlug, _today),
            Consultation("lay-y-kien-cu", ClosedSlug, _today.AddDays(-90))));
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static JsonObject Step(params JsonObject[] items) => new() { ["name"] = "Consultations", ["items"] = new JsonArray(items) };

    private static JsonObject Consultation(string id, string slug, DateOnly opens) => new()
    {
        ["id"] = id,
        ["title"] = $"Lấy ý kiến Nhân dân đối với đề nghị tặng Huân chương Lao động ({slug})",
        ["slug"] = slug,
        ["cluster"] = TestRecipes.ClusterId,
        ["proposer"] = "Ủy ban nhân dân tỉnh Nghệ An",
        ["award"] = "Huân chương Lao động hạng Ba",
        ["opens"] = opens.ToString("yyyy-MM-dd"),
        ["workingDays"] = 10,
        ["status"] = "Published",
        ["candidates"] = new JsonArray(
            new JsonObject
            {
                ["name"] = "Ông Nguyễn Văn Bình", ["recipientType"] = "Individual", ["unit"] = "Sở Nội vụ", ["position"] = "Phó Giám đốc",
                ["achievements"] = "Hoàn thành xuất sắc nhiệm vụ 5 năm liên tục (2020–2024).",
            },
            new JsonObject { ["name"] = "Trường Tiểu học Đô Lương", ["recipientType"] = "Collective", ["unit"] = "Huyện Đô Lương" }),
    };

    private static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    private static List<KeyValuePair<string, string>> Comment(string body, string candidate = "Ông Nguyễn Văn Bình", string contact = "0912 345 678") =>
        Fields(("SenderName", "Trần Thị Hoa"), ("Contact", contact), ("Address", "Xóm 3, xã Đô Lương, Nghệ An"), ("Candidate", candidate), ("Body", body));

    private async Task<WorkingCalendar> CalendarAsync() => await _site.Service<IWorkingCalendarProvider>().GetAsync();

    [Fact]
    public async Task The_page_lists_the_candidates_counts_down_in_working_days_and_says_why_contact_details_are_asked()
    {
        using var reader = AdminClient.Anonymous(_site);
        var page = await reader.GetDocumentAsync($"/lay-y-kien/{OpenSlug}");

        var calendar = await CalendarAsync();
        var closes = calendar.AddWorkingDays(_today, 10);
        Assert.Contains($"đến hết ngày {closes:dd/MM/yyyy}", page.QuerySelector(".facts")!.TextContent.Replace("\n", " ").Replace("  ", " "));
        // On the day the notice goes up the ten days are all still to come: the count starts the next day.
        Assert.Equal($"Còn 10 ngày làm việc (đến hết ngày {closes:dd/MM/yyyy}).", page.QuerySelector(".countdown")!.TextContent.Trim());
        Assert.Equal(2, page.QuerySelectorAll("ol.candidates > li").Length);
        Assert.Contains("không được công khai", page.QuerySelector("#gop-y .hint")!.TextContent);
        Assert.NotNull(page.QuerySelector("#gop-y form input[name=Website]"));

        var list = await reader.GetDocumentAsync("/lay-y-kien");
        Assert.Contains(OpenSlug, list.QuerySelector("#dang-lay-y-kien")!.ParentElement!.InnerHtml);
        Assert.Contains(ClosedSlug, list.QuerySelector("#da-ket-thuc")!.ParentElement!.InnerHtml);

        var month = await reader.GetDocumentAsync($"/lich?thang={closes:yyyy-MM}");
        var deadline = month.QuerySelectorAll(".calendar-entry").Single(e => e.TextContent.Contains("Hết hạn lấy ý kiến") && e.InnerHtml.Contains(OpenSlug));
        Assert.Contains(closes.Day.ToString(), deadline.Closest(".calendar-day")!.QuerySelector("h3")!.TextContent);

        var closed = await reader.GetDocumentAsync($"/lay-y-kien/{ClosedSlug}");
        Assert.StartsWith("Đã hết thời hạn lấy ý kiến", closed.QuerySelector(".countdown")!.TextContent.Trim());
        Assert.Null(closed.QuerySelector("#gop-y"));
    }

    [Fact]
    public async Task A_comment_gets_a_reference_is_never_public_and_staff_handle_it_and_read_it_in_the_closing_record()
    {
        using var reader = AdminClient.Anonymous(_site);
        var sent = await reader.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", Comment("Đề nghị xem xét lại thành tích năm 2023 của ông Bình."));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var confirmation = await reader.GetDocumentAsync(sent.Headers.Location!.OriginalString);
        var reference = confirmation.QuerySelector(".reference")!.TextContent;
        Assert.Matches("^YK-[0-9]{5}$", reference);

        var publicPage = await (await reader.GetAsync($"/lay-y-kien/{OpenSlug}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("thành tích năm 2023", publicPage);
        Assert.DoesNotContain("Trần Thị Hoa", publicPage);
        Assert.DoesNotContain("thành tích năm 2023", await (await reader.GetAsync($"/api/consultations/{OpenId}")).Content.ReadAsStringAsync());

        using var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var refused = await editor.GetAsync($"/admin/lay-y-kien/{OpenId}/y-kien");
        Assert.Contains("/admin/khong-co-quyen", refused.Headers.Location?.OriginalString ?? "");

        using var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        var comments = await staff.GetDocumentAsync($"/admin/lay-y-kien/{OpenId}/y-kien");
        var group = comments.QuerySelectorAll("section.comment-group").Single(s => s.QuerySelector("h2")!.TextContent.Contains("Nguyễn Văn Bình"));
        var comment = group.QuerySelector("article.comment.waiting")!;
        Assert.Contains(reference, comment.TextContent);
        Assert.Contains("0912 345 678", comment.TextContent);
        var handleUrl = comment.QuerySelector("form")!.GetAttribute("action")!;

        var handled = await staff.PostFormAsync(handleUrl, Fields(("note", "Đã xác minh: thành tích năm 2023 có quyết định công nhận, giữ nguyên đề nghị.")));
        Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        comments = await staff.GetDocumentAsync($"/admin/lay-y-kien/{OpenId}/y-kien");
        Assert.Contains("giữ nguyên đề nghị", comments.QuerySelector("article.comment.handled .handled-note")!.TextContent);

        var record = await staff.GetAsync($"/admin/lay-y-kien/{OpenId}/bien-ban.docx");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        using var docx = WordprocessingDocument.Open(new MemoryStream(await record.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("\n", docx.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("Kết quả lấy ý kiến Nhân dân đối với danh sách đề nghị tặng Huân chương Lao động hạng Ba", text);
        Assert.Contains($"từ ngày {_today:dd/MM/yyyy}", text);
        Assert.Contains($"Ý kiến số {reference}", text);
        Assert.Contains("Đề nghị xem xét lại thành tích năm 2023 của ông Bình.", text);
        Assert.Contains("Kết quả xử lý: Đã xác minh", text);
        var counts = docx.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => string.Join("|", r.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText))).ToList();
        Assert.Contains(counts, row => row.StartsWith("1|Ông Nguyễn Văn Bình") && row.EndsWith("|1"));
        Assert.Contains(counts, row => row.StartsWith("2|Trường Tiểu học Đô Lương") && row.EndsWith("|0"));
    }

    [Fact]
    public async Task Bad_comments_come_back_with_what_was_written_robots_and_closed_periods_keep_nothing()
    {
        using var reader = AdminClient.Anonymous(_site);
        var before = (await _site.Service<EmulationPortal.Consultations.Services.ConsultationComments>().ListAsync(OpenId)).Count;

        var noContact = await reader.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", Comment("Ý kiến không để lại liên hệ đúng.", contact: "không có"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noContact.StatusCode);
        var again = await PortalFactory.ParseAsync(noContact);
        Assert.Equal("Ý kiến không để lại liên hệ đúng.", again.QuerySelector("textarea[name=Body]")!.TextContent);
        Assert.Contains("chưa đúng", again.QuerySelector("#gop-y")!.TextContent);

        var strange = await reader.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", Comment("Góp ý về một người không có trong danh sách.", candidate: "Bà X"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, strange.StatusCode);

        var tooLong = await reader.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", Comment(new string('a', 4001)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);

        var robot = Comment("Mua hàng giá rẻ tại http://spam.example");
        robot.Add(new("Website", "http://spam.example"));
        var robotAnswer = await reader.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", robot);
        Assert.Equal(HttpStatusCode.Redirect, robotAnswer.StatusCode);

        var late = await reader.PostFormAsync($"/lay-y-kien/{ClosedSlug}/gop-y", Comment("Gửi sau khi đã hết hạn lấy ý kiến."));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Đã hết thời hạn lấy ý kiến", (await PortalFactory.ParseAsync(late)).QuerySelector(".error-box")?.TextContent ?? "");

        Assert.Equal(before, (await _site.Service<EmulationPortal.Consultations.Services.ConsultationComments>().ListAsync(OpenId)).Count);
    }

    [Fact]
    public async Task Comments_beyond_an_addresss_hourly_limit_come_back_with_their_text_and_another_address_may_still_send()
    {
        using var site = new PortalFactory(PortalFactory.NewDataPath(), demoContent: false,
            new Dictionary<string, string> { ["Portal:RateLimits:Comment:PermitsPerHour"] = "2" }, ownsDataPath: true);
        await SetUpAsync(site);
        using var office = AdminClient.Anonymous(site);
        office.Http.DefaultRequestHeaders.Add(PortalFactory.ClientAddressHeader, "203.0.113.7");
        for (var i = 1; i <= 2; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", Comment($"Ý kiến thứ {i} từ cùng một cơ quan."))).StatusCode);
        }

        var third = await office.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", Comment("Ý kiến thứ ba, viết dài và cẩn thận."));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
        var page = await PortalFactory.ParseAsync(third);
        Assert.Equal("Ý kiến thứ ba, viết dài và cẩn thận.", page.QuerySelector("textarea[name=Body]")!.TextContent);
        Assert.Contains("nhiều ý kiến trong một giờ", page.QuerySelector(".error-box")!.TextContent);
        using var neighbour = AdminClient.Anonymous(site);
        neighbour.Http.DefaultRequestHeaders.Add(PortalFactory.ClientAddressHeader, "203.0.113.8");
        Assert.Equal(HttpStatusCode.Redirect, (await neighbour.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", Comment("Ý kiến từ địa chỉ khác."))).StatusCode);
        Assert.Equal(3, (await site.Service<EmulationPortal.Consultations.Services.ConsultationComments>().ListAsync(OpenId)).Count);
    }

    [Fact]
    public async Task A_published_list_changes_only_with_a_correction_note_which_readers_see_with_whether_the_period_restarts()
    {
        using var reviewer = await AdminClient.LoginAsync(_site, "duyet", Password);
        var form = await reviewer.GetDocumentAsync($"/admin/lay-y-kien/{OpenId}/sua");
        Assert.NotNull(form.QuerySelector("textarea[name=CorrectionNote]"));
        var fields = form.QuerySelectorAll("form.panel input[name], form.panel textarea[name], form.panel select[name]")
            .Where(e => e.GetAttribute("type") is not ("file" or "checkbox" or "submit"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!,
                e.LocalName == "select" ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? e.QuerySelector("option")!.GetAttribute("value")!
                : e.LocalName == "textarea" ? e.TextContent : e.GetAttribute("value") ?? ""))
            .Where(f => f.Key != "__RequestVerificationToken")
            .ToList();
        var renamed = fields.Select(f => f.Key == "Candidates[0].Position" ? new KeyValuePair<string, string>(f.Key, "Giám đốc") : f).ToList();

        var silent = await reviewer.PostFormAsync($"/admin/lay-y-kien/{OpenId}/sua", renamed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, silent.StatusCode);
        Assert.Equal("Giám đốc", (await PortalFactory.ParseAsync(silent)).QuerySelector("input[name='Candidates[0].Position']")!.GetAttribute("value"));

        renamed = renamed.Select(f => f.Key == "CorrectionNote"
            ? new KeyValuePair<string, string>(f.Key, "Sửa chức vụ của ông Nguyễn Văn Bình thành Giám đốc Sở Nội vụ.") : f).ToList();
        var corrected = await reviewer.PostFormAsync($"/admin/lay-y-kien/{OpenId}/sua", renamed);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        var item = corrected.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync($"{item}/chuyen", Fields(("action", "Publish")))).StatusCode);

        using var reader = AdminClient.Anonymous(_site);
        var page = await reader.GetDocumentAsync($"/lay-y-kien/{OpenSlug}");
        var correction = page.QuerySelector(".corrections li")!.TextContent;
        Assert.Contains("Sửa chức vụ của ông Nguyễn Văn Bình", correction);
        Assert.Contains("Thời hạn lấy ý kiến không thay đổi.", correction);
        Assert.Contains("Giám đốc", page.QuerySelector("ol.candidates")!.TextContent);
    }

    [Fact]
    public async Task Once_the_award_decision_is_published_the_closed_consultation_and_the_decision_link_to_each_other()
    {
        var consultation = Consultation("lay-y-kien-cu", ClosedSlug, _today.AddDays(-90));
        consultation["decisionNumber"] = "2150/QĐ-CTN";
        var decision = new JsonObject
        {
            ["type"] = "AwardDecision", ["id"] = "qd-huan-chuong", ["cluster"] = TestRecipes.ClusterId, ["slug"] = "qd-huan-chuong", ["status"] = "Published",
            ["title"] = "Quyết định tặng Huân chương Lao động", ["number"] = "2150/QĐ-CTN", ["issuedOn"] = _today.AddDays(-20).ToString("yyyy-MM-dd"),
            ["issuer"] = "Chủ tịch nước", ["summary"] = "Về việc tặng Huân chương Lao động", ["year"] = _today.Year,
            ["awards"] = new JsonArray(new JsonObject { ["kind"] = "Huân chương Lao động hạng Ba", ["recipientType"] = "Individual", ["recipient"] = "Ông Nguyễn Văn Bình" }),
        };
        var recipe = TestRecipes.WithContent(decision);
        recipe["steps"]!.AsArray().Add(Step(consultation));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));

        using var reader = AdminClient.Anonymous(_site);
        var page = await reader.GetDocumentAsync($"/lay-y-kien/{ClosedSlug}");
        Assert.Equal("/van-ban/qd-huan-chuong", page.QuerySelector(".closed-notice a")!.GetAttribute("href"));
        var decisionPage = await reader.GetDocumentAsync("/van-ban/qd-huan-chuong");
        Assert.NotNull(decisionPage.QuerySelector($"section.relations a[href='/lay-y-kien/{ClosedSlug}']"));
        var json = JsonNode.Parse(await (await reader.GetAsync("/api/consultations/lay-y-kien-cu")).Content.ReadAsStringAsync())!;
        Assert.Equal("2150/QĐ-CTN", (string)json["decision"]!["number"]!);
    }

    [Fact]
    public async Task The_API_gives_the_period_and_list_the_feed_lists_every_notice_and_unknown_ones_are_problems()
    {
        using var reader = AdminClient.Anonymous(_site);
        var json = JsonNode.Parse(await (await reader.GetAsync($"/api/consultations/{OpenId}")).Content.ReadAsStringAsync())!;
        var calendar = await CalendarAsync();
        Assert.Equal(OpenSlug, (string)json["slug"]!);
        Assert.Equal(_today.ToString("yyyy-MM-dd"), (string)json["opens"]!);
        Assert.Equal(calendar.AddWorkingDays(_today, 10).ToString("yyyy-MM-dd"), (string)json["closes"]!);
        Assert.Equal(10, (int)json["workingDays"]!);
        Assert.True((bool)json["open"]!);
        Assert.Equal("Collective", (string)json["candidates"]![1]!["recipientType"]!);

        var missing = await reader.GetAsync("/api/consultations/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        var feed = await reader.GetAsync("/lay-y-kien/rss");
        Assert.Equal("application/rss+xml", feed.Content.Headers.ContentType!.MediaType);
        var rss = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        var links = rss.Descendants("item").Select(i => (string)i.Element("link")!).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l.EndsWith($"/lay-y-kien/{OpenSlug}"));
    }

    [Fact]
    public async Task Comments_leave_the_site_in_a_recipe_only_when_asked_and_come_back_with_their_numbers()
    {
        using var reader = AdminClient.Anonymous(_site);
        Assert.Equal(HttpStatusCode.Redirect,
            (await reader.PostFormAsync($"/lay-y-kien/{OpenSlug}/gop-y", Comment("Trường Tiểu học Đô Lương xứng đáng được khen.", "Trường Tiểu học Đô Lương"))).StatusCode);
        var folder = Directory.CreateTempSubdirectory("consultation-export-").FullName;
        try
        {
            var plain = Path.Combine(folder, "plain", "site.recipe.json");
            await _site.Service<RecipeExecutor>().ExportAsync(plain);
            Assert.DoesNotContain("xứng đáng được khen", await File.ReadAllTextAsync(plain));
            Assert.Contains(OpenSlug, await File.ReadAllTextAsync(plain));

            var full = Path.Combine(folder, "full", "site.recipe.json");
            await _site.Service<RecipeExecutor>().ExportAsync(full, includeComments: true);
            var step = JsonNode.Parse(await File.ReadAllTextAsync(full))!["steps"]!.AsArray().Single(s => (string)s!["name"]! == "Consultations")!;
            var exported = step["comments"]!.AsArray().Single(c => ((string)c!["body"]!).Contains("xứng đáng"))!;

            using var moved = PortalFactory.Fresh(demoContent: false);
            await moved.Service<RecipeExecutor>().RunAsync(full);
            var comments = await moved.Service<EmulationPortal.Consultations.Services.ConsultationComments>().ListAsync(OpenId);
            var arrived = comments.Single(c => c.Body.Contains("xứng đáng"));
            Assert.Equal((long)exported["number"]!, arrived.Number);
            Assert.Equal("Trường Tiểu học Đô Lương", arrived.Candidate);
            var again = Path.Combine(folder, "again", "site.recipe.json");
            await moved.Service<RecipeExecutor>().ExportAsync(again, includeComments: true);
            Assert.Equal(
                JsonSerializer.Serialize(step),
                JsonSerializer.Serialize(JsonNode.Parse(await File.ReadAllTextAsync(again))!["steps"]!.AsArray().Single(s => (string)s!["name"]! == "Consultations")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
