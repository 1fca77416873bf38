using System.Net;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.News.Models;

namespace EmulationPortal.FunctionalTests.Workflow;

/// <summary>The editorial rules as the service enforces them, over a real SQLite site.</summary>
public sealed class ContentEditingTests : IAsyncLifetime
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    private static readonly ContentAccess Editor = new("u-editor", "bientap", false, false,
        new Dictionary<string, ClusterRole> { [TestRecipes.ClusterId] = ClusterRole.Editor });

    private static readonly ContentAccess Reviewer = new("u-reviewer", "nguoiduyet", false, false,
        new Dictionary<string, ClusterRole> { [TestRecipes.ClusterId] = ClusterRole.Reviewer });

    private static readonly ContentAccess Outsider = new("u-other", "cumkhac", false, false,
        new Dictionary<string, ClusterRole> { ["cum-khac"] = ClusterRole.Reviewer });

    private ContentEditing Editing => _site.Service<ContentEditing>();

    public Task InitializeAsync() => _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent()));

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static ConferenceData Conference(string body = "Nội dung hội nghị.") =>
        new() { Date = new DateOnly(2026, 1, 21), Location = "Đô Lương", Body = body };

    [Fact]
    public async Task A_draft_goes_through_review_to_publication_and_every_step_is_recorded()
    {
        var item = await Editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, "Hội nghị tổng kết năm 2025", Conference());
        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.Equal("hoi-nghi-tong-ket-nam-2025", item.Slug);

        await Editing.TransitionAsync(Editor, item.Id, WorkflowAction.Submit, null);
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => Editing.TransitionAsync(Editor, item.Id, WorkflowAction.Publish, null));
        var rejection = await Assert.ThrowsAsync<ContentValidationException>(() => Editing.TransitionAsync(Reviewer, item.Id, WorkflowAction.Reject, "  "));
        Assert.Equal("comment", rejection.Errors.All.Single().Field);
        await Editing.TransitionAsync(Reviewer, item.Id, WorkflowAction.Reject, "Bổ sung số liệu khen thưởng.");
        var fixedItem = await Editing.SaveAsync(Editor, item.Id, 1, item.Title, item.ClusterId, Conference("Nội dung đã bổ sung số liệu."));
        await Editing.TransitionAsync(Editor, item.Id, WorkflowAction.Submit, null);
        var published = await Editing.TransitionAsync(Reviewer, item.Id, WorkflowAction.Publish, null);

        Assert.Equal(ContentStatus.Published, published.Status);
        Assert.Equal(2, published.PublishedVersion);
        var history = await _site.Service<ContentStore>().ListTransitionsAsync(item.Id);
        Assert.Equal(
            ["null→Draft bientap", "Draft→InReview bientap", "InReview→Draft nguoiduyet Bổ sung số liệu khen thưởng.", "Draft→InReview bientap", "InReview→Published nguoiduyet"],
            history.Reverse().Select(t => $"{t.FromStatus?.ToString() ?? "null"}→{t.ToStatus} {t.UserName}{(t.Comment is null ? "" : " " + t.Comment)}"));
        Assert.Equal(2, fixedItem.LatestVersion);
        var page = await _site.GetDocumentAsync("/tin-tuc/hoi-nghi-tong-ket-nam-2025");
        Assert.Contains("đã bổ sung số liệu", page.QuerySelector(".body")!.TextContent);
    }

    [Fact]
    public async Task Editing_a_published_item_keeps_the_published_version_live_until_the_draft_is_published()
    {
        var item = await Editing.CreateAsync(Reviewer, ConferenceType.TypeName, TestRecipes.ClusterId, "Bài đã đăng", Conference("Bản đầu."));
        await Editing.TransitionAsync(Reviewer, item.Id, WorkflowAction.Publish, null);

        var draft = await Editing.SaveAsync(Editor, item.Id, 1, "Bài đã đăng", TestRecipes.ClusterId, Conference("Bản sửa chưa duyệt."));

        Assert.Equal(ContentStatus.Draft, draft.Status);
        Assert.Equal(1, draft.PublishedVersion);
        Assert.Contains("Bản đầu.", (await _site.GetDocumentAsync("/tin-tuc/bai-da-dang")).QuerySelector(".body")!.TextContent);
        await Editing.TransitionAsync(Reviewer, item.Id, WorkflowAction.Publish, null);
        Assert.Contains("Bản sửa chưa duyệt.", (await _site.GetDocumentAsync("/tin-tuc/bai-da-dang")).QuerySelector(".body")!.TextContent);
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_refused_and_overwrites_nothing()
    {
        var item = await Editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, "Hai người cùng sửa", Conference());
        await Editing.SaveAsync(Reviewer, item.Id, 1, item.Title, item.ClusterId, Conference("Bản của người duyệt."));

        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() =>
            Editing.SaveAsync(Editor, item.Id, 1, item.Title, item.ClusterId, Conference("Bản của biên tập viên.")));

        Assert.Equal(2, conflict.Current.LatestVersion);
        Assert.Equal("nguoiduyet", conflict.Current.VersionAuthor);
        var latest = await _site.Service<ContentStore>().GetLatestAsync(item.Id);
        Assert.Equal(2, latest!.LatestVersion);
        Assert.Contains("người duyệt", latest.Data);
    }

    [Fact]
    public async Task Nobody_touches_another_clusters_content()
    {
        var item = await Editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, "Bài của cụm", Conference());

        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => Editing.SaveAsync(Outsider, item.Id, 1, "Sửa trộm", item.ClusterId, Conference()));
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => Editing.TransitionAsync(Outsider, item.Id, WorkflowAction.Submit, null));
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() =>
            Editing.CreateAsync(Outsider, ConferenceType.TypeName, TestRecipes.ClusterId, "Bài lạ", Conference()));
        Assert.Equal(1, (await _site.Service<ContentStore>().GetLatestAsync(item.Id))!.LatestVersion);
    }

    [Fact]
    public async Task An_old_version_is_restored_as_a_new_draft_and_versions_compare_word_by_word()
    {
        var item = await Editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, "Bài nhiều phiên bản", Conference("Dòng một.\n\nDòng hai."));
        await Editing.SaveAsync(Editor, item.Id, 1, item.Title, item.ClusterId, Conference("Dòng một.\n\nDòng hai đã sửa."));

        var restored = await Editing.RestoreAsync(Editor, item.Id, 1, 2);

        Assert.Equal(3, restored.LatestVersion);
        Assert.Contains("Dòng hai.", restored.Data);
        var store = _site.Service<ContentStore>();
        var first = await store.GetVersionAsync(item.Id, 1);
        var second = await store.GetVersionAsync(item.Id, 2);
        var comparison = VersionComparison.Of(_site.Service<ContentTypeRegistry>().Find(first!.Type), first.Title, first.Data, second!.Title, second.Data);
        var body = Assert.Single(comparison.Changes);
        Assert.Equal("Nội dung", body.Label);
        var runs = body.Text!.Paragraphs.SelectMany(paragraph => paragraph).Where(run => run.Kind != DiffKind.Same).ToList();
        Assert.Equal([(DiffKind.Removed, "hai"), (DiffKind.Added, "hai đã sửa")], runs.Select(run => (run.Kind, run.Text.Trim().TrimEnd('.'))));
    }

    [Fact]
    public async Task Where_review_is_not_required_an_editor_publishes_directly()
    {
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE clusters SET review_required = @no WHERE id = @id", new { no = false, id = TestRecipes.ClusterId });
        }
        // A change written behind the portal's back must be announced for its caches to see it.
        await _site.Service<EmulationPortal.Core.Data.IChangeFeed>().PublishAsync(EmulationPortal.Core.Data.ChangeTopics.Clusters);
        var item = await Editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, "Đăng thẳng", Conference());

        var published = await Editing.TransitionAsync(Editor, item.Id, WorkflowAction.Publish, null);

        Assert.Equal(ContentStatus.Published, published.Status);
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => Editing.TransitionAsync(Editor, item.Id, WorkflowAction.Archive, null));
    }

    [Fact]
    public async Task An_illegal_move_is_refused_with_a_Vietnamese_reason()
    {
        var item = await Editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, "Chưa gửi", Conference());

        var error = await Assert.ThrowsAsync<ContentWorkflowException>(() => Editing.TransitionAsync(Reviewer, item.Id, WorkflowAction.Unpublish, null));

        Assert.Contains("Không thể gỡ bài khi bài đang ở trạng thái \"Bản nháp\"", error.Message);
    }

    [Fact]
    public async Task Invalid_content_is_refused_field_by_field()
    {
        var error = await Assert.ThrowsAsync<ContentValidationException>(() =>
            Editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, " ", new ConferenceData()));

        Assert.Equal(["title", "date", "body"], error.Errors.All.Select(e => e.Field));
        Assert.Equal(HttpStatusCode.OK, (await _site.CreateClient().GetAsync("/tin-tuc")).StatusCode);
    }

    [Fact]
    public async Task Work_on_a_never_published_draft_tells_neither_search_nor_the_caches()
    {
        await _site.ChangeFeedSettledAsync();
        var announced = 0;
        _site.Service<IChangeFeed>().Subscribe(ChangeTopics.Content, () => Interlocked.Increment(ref announced));
        var generation = await SearchGenerationAsync();

        var item = await Editing.CreateAsync(Editor, ConferenceType.TypeName, TestRecipes.ClusterId, "Bản nháp chưa đăng", Conference());
        await Editing.SaveAsync(Editor, item.Id, 1, item.Title, item.ClusterId, Conference("Bản sửa lần hai."));
        await Editing.TransitionAsync(Editor, item.Id, WorkflowAction.Submit, null);
        await Editing.TransitionAsync(Reviewer, item.Id, WorkflowAction.Reject, "Viết lại phần mở đầu.");

        Assert.Equal(generation, await SearchGenerationAsync());
        Assert.Equal(0, Volatile.Read(ref announced));

        // Its publication reaches readers: both hear of it, and of the next edit of what is live.
        await Editing.TransitionAsync(Reviewer, item.Id, WorkflowAction.Publish, null);
        var published = await SearchGenerationAsync();
        Assert.True(published > generation);
        Assert.True(Volatile.Read(ref announced) > 0);
        await Editing.SaveAsync(Editor, item.Id, 2, item.Title, item.ClusterId, Conference("Bản sửa sau khi đăng."));
        Assert.True(await SearchGenerationAsync() > published);
    }

    private async Task<long> SearchGenerationAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT generation FROM search_state");
    }
}
