using EmulationPortal.Mvc.Admin;
using EmulationPortal.Contents.Models;
using EmulationPortal.Contents.Services;
using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Contents.Controllers.Admin;

public sealed class ContentAdminController(ContentStore contentStore, ContentEditing editing, ContentTypeRegistry contentTypes,
    IClusterDirectory clusterDirectory, IContentAccessProvider accessProvider, ContentLinks links, PreviewLinkStore previewLinks,
    TimeProvider clock) : AdminController
{
    private const int DashboardSize = 8;

    /// <summary>Where the item page shows its shared preview links.</summary>
    private const string PreviewLinksFragment = "lien-ket-xem-truoc";

    [HttpGet("/admin", Name = PortalRoutes.AdminDashboard)]
    public async Task<IActionResult> Dashboard(CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        var reviewable = access.SeesAllClusters ? null : access.Clusters.Where(c => c.Value == ClusterRole.Reviewer).Select(c => c.Key).ToList();
        var awaiting = reviewable is { Count: 0 } ? null : await contentStore.ListForEditorsAsync(
            new EditorQuery { Status = ContentStatus.InReview, ClusterIds = reviewable, PageSize = DashboardSize }, access, cancellationToken);
        return View(new DashboardPage(
            access,
            awaiting,
            await contentStore.ListForEditorsAsync(new EditorQuery { Status = ContentStatus.Draft, Author = access.UserName, PageSize = DashboardSize }, access, cancellationToken),
            await contentStore.ListForEditorsAsync(new EditorQuery { Status = ContentStatus.Published, Order = EditorOrder.RecentlyPublished, PageSize = DashboardSize }, access, cancellationToken),
            await contentStore.ListForEditorsAsync(new EditorQuery { ScheduledOnly = true, Order = EditorOrder.Scheduled, PageSize = DashboardSize }, access, cancellationToken),
            await LookupsAsync(cancellationToken)));
    }

    [HttpGet("/admin/noi-dung", Name = PortalRoutes.ContentList)]
    public async Task<IActionResult> Index([FromQuery(Name = "loai")] string? type, [FromQuery(Name = "cum")] string? clusterId,
        [FromQuery(Name = "trang-thai")] ContentStatus? status, [FromQuery(Name = "q")] string? text, [FromQuery(Name = "trang")] int page = 1,
        CancellationToken cancellationToken = default)
    {
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        var lookups = await LookupsAsync(cancellationToken);
        var selectedType = contentTypes.Find(type)?.Name;
        var result = await contentStore.ListForEditorsAsync(new EditorQuery
        {
            Types = selectedType is null ? null : [selectedType],
            ClusterId = clusterId,
            Status = status,
            Text = text,
            Page = page,
        }, access, cancellationToken);
        var writable = lookups.Clusters.Values.Where(c => access.CanWorkIn(c.Id)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var createLinks = lookups.Types.OrderBy(t => t.Section.Order).ThenBy(t => t.DisplayName)
            .Select(t => new CreateLink(t.DisplayName, links.Create(t, clusterId))).ToList();
        return View(new ContentListPage(result, lookups, selectedType, clusterId, status, text, writable, createLinks));
    }

    /// <summary>How many deletions the record page shows: enough for a year of a cluster's mistakes.</summary>
    private const int DeletionsShown = 200;

    /// <summary>The record of deleted drafts, of the clusters the person works in (every cluster for the board's staff).</summary>
    [HttpGet("/admin/ban-nhap-da-xoa", Name = Routes.AdminContentDeletions)]
    public async Task<IActionResult> Deletions(CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        var deletions = await contentStore.ListDeletionsAsync(access.SeesAllClusters ? null : access.Clusters.Keys.ToList(), DeletionsShown, cancellationToken);
        return View(new DeletionsPage(deletions, await LookupsAsync(cancellationToken), DeletionsShown));
    }

    [HttpGet("/admin/noi-dung/{id}", Name = PortalRoutes.ContentItem)]
    public async Task<IActionResult> Item(string id, CancellationToken cancellationToken)
    {
        if (await WorkedItemAsync(id, cancellationToken) is not (var access, { } item))
        {
            return await RefusalAsync(id, cancellationToken);
        }
        var cluster = (await clusterDirectory.AllAsync(cancellationToken)).GetValueOrDefault(item.ClusterId);
        var reviewRequired = cluster?.ReviewRequired ?? true;
        var type = contentTypes.Get(item.Type);
        var itemLinks = new ItemLinks(links.Public(type, item.Slug), links.Preview(type, item.Id), links.Edit(type, item.Id));
        var canEdit = access.CanEdit(item.ClusterId, item.Status);
        // The same checks the editor showed, for whoever submits or approves: only while the item is on its way to review.
        var checks = item.Status is ContentStatus.Draft or ContentStatus.InReview
            ? ReviewChecksPanel.For(type, item.Title, contentTypes.Deserialize(item.Type, item.Data), cluster, canEdit ? itemLinks.Edit : null)
            : null;
        return View(new ItemPage(
            item,
            type,
            itemLinks,
            cluster,
            await contentStore.ListVersionsAsync(id, cancellationToken),
            await contentStore.ListTransitionsAsync(id, cancellationToken),
            canEdit,
            ContentWorkflow.ActionsFrom(item.Status).Where(a => access.CanTake(a, item.ClusterId, reviewRequired)).ToList(),
            access.CanSchedule(item.ClusterId, reviewRequired) && ContentWorkflow.TryMove(item.Status, WorkflowAction.Publish, out _),
            ContentEditing.OffersDelete(access, item),
            await PreviewLinksAsync(item, type, cancellationToken),
            checks));
    }

    /// <summary>The confirmation of a deletion, which cannot be undone: a page of its own, so it works without JavaScript.</summary>
    [HttpGet("/admin/noi-dung/{id}/xoa", Name = Routes.AdminContentDelete)]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        if (await WorkedItemAsync(id, cancellationToken) is not (var access, { } item))
        {
            return await RefusalAsync(id, cancellationToken);
        }
        if (!ContentEditing.OffersDelete(access, item))
        {
            NotifyError("Chỉ người soạn hoặc người duyệt của cụm xóa được bản nháp chưa từng được đăng.");
            return RedirectToRoute(PortalRoutes.ContentItem, new { id });
        }
        return View(new DeletePage(item, contentTypes.Get(item.Type).DisplayName, await contentStore.ListVersionsAsync(id, cancellationToken)));
    }

    [HttpPost("/admin/noi-dung/{id}/xoa")]
    public Task<IActionResult> DeleteConfirmed(string id, int expectedVersion) =>
        ChangeAsync(id, async access =>
        {
            var deleted = await editing.DeleteDraftAsync(access, id, expectedVersion, HttpContext.RequestAborted);
            Notify($"Đã xóa bản nháp \"{deleted.Title}\".");
            return RedirectToRoute(PortalRoutes.ContentList);
        });

    [HttpPost("/admin/noi-dung/{id}/nhan-ban", Name = Routes.AdminContentDuplicate)]
    public Task<IActionResult> Duplicate(string id) =>
        ChangeAsync(id, async access =>
        {
            var copy = await editing.DuplicateAsync(access, id, HttpContext.RequestAborted);
            Notify("Đã nhân bản thành một bản nháp mới. Hãy sửa tiêu đề, năm và ngày tháng trước khi gửi duyệt.");
            return Redirect(links.Edit(contentTypes.Get(copy.Type), copy.Id));
        });

    [HttpPost("/admin/noi-dung/{id}/chuyen", Name = Routes.AdminContentTransition)]
    public Task<IActionResult> Transition(string id, WorkflowAction action, string? comment) =>
        ChangeAsync(id, async access =>
        {
            await editing.TransitionAsync(access, id, action, comment, HttpContext.RequestAborted);
            Notify(action switch
            {
                WorkflowAction.Submit => "Đã gửi bài để duyệt.",
                WorkflowAction.Reject => "Đã trả lại bài cho người soạn.",
                WorkflowAction.Publish => "Đã đăng bài lên trang công khai.",
                WorkflowAction.Unpublish => "Đã gỡ bài khỏi trang công khai.",
                WorkflowAction.Archive => "Đã chuyển bài vào lưu trữ.",
                _ => "Đã mở lại bài để soạn tiếp.",
            });
        });

    [HttpPost("/admin/noi-dung/{id}/len-lich", Name = Routes.AdminContentSchedule)]
    public Task<IActionResult> Schedule(string id, DateTime? publishAt) =>
        ChangeAsync(id, async access =>
        {
            if (publishAt is null)
            {
                throw new ContentValidationException("publishAt", "Chưa chọn thời điểm đăng.");
            }
            await editing.ScheduleAsync(access, id, AdminTime.ToUtc(publishAt.Value), HttpContext.RequestAborted);
            Notify($"Bài sẽ được đăng tự động lúc {publishAt:dd/MM/yyyy HH:mm}.");
        });

    [HttpPost("/admin/noi-dung/{id}/huy-lich", Name = Routes.AdminContentCancelSchedule)]
    public Task<IActionResult> CancelSchedule(string id) =>
        ChangeAsync(id, async access =>
        {
            await editing.CancelScheduleAsync(access, id, HttpContext.RequestAborted);
            Notify("Đã hủy lịch đăng.");
        });

    [HttpPost("/admin/noi-dung/{id}/khoi-phuc", Name = Routes.AdminContentRestore)]
    public Task<IActionResult> Restore(string id, int version, int expectedVersion) =>
        ChangeAsync(id, async access =>
        {
            await editing.RestoreAsync(access, id, version, expectedVersion, HttpContext.RequestAborted);
            Notify($"Đã khôi phục phiên bản {version} thành bản nháp mới.");
        });

    /// <summary>A link that opens the item's preview without an account, for whoever may see the item's drafts to share.</summary>
    [HttpPost("/admin/noi-dung/{id}/lien-ket-xem-truoc", Name = Routes.AdminPreviewLinkCreate)]
    public async Task<IActionResult> CreatePreviewLink(string id, bool voidOnChange, CancellationToken cancellationToken,
        int days = PreviewLinkStore.DefaultDays)
    {
        if (await WorkedItemAsync(id, cancellationToken) is not (var access, { } item))
        {
            return await RefusalAsync(id, cancellationToken);
        }
        if (!ModelState.IsValid || days < 1 || days > PreviewLinkStore.MaxDays)
        {
            NotifyError($"Thời hạn của liên kết phải từ 1 đến {PreviewLinkStore.MaxDays} ngày.");
        }
        else
        {
            var link = await previewLinks.CreateAsync(item, access.UserName!, days, voidOnChange, cancellationToken);
            Notify($"Đã tạo liên kết xem trước, có hiệu lực đến {AdminTime.Format(link.ExpiresUtc)}. Hãy sao chép liên kết bên dưới và gửi cho người cần xem.");
        }
        return RedirectToRoute(PortalRoutes.ContentItem, new { id }, PreviewLinksFragment);
    }

    [HttpPost("/admin/noi-dung/{id}/lien-ket-xem-truoc/{linkId}/thu-hoi", Name = Routes.AdminPreviewLinkRevoke)]
    public async Task<IActionResult> RevokePreviewLink(string id, string linkId, CancellationToken cancellationToken)
    {
        if (await WorkedItemAsync(id, cancellationToken) is not (var access, { }))
        {
            return await RefusalAsync(id, cancellationToken);
        }
        if (await previewLinks.RevokeAsync(id, linkId, access.UserName!, cancellationToken))
        {
            Notify("Đã thu hồi liên kết xem trước. Người nhận không mở được nữa.");
        }
        else
        {
            NotifyError("Liên kết này không còn hoặc đã được thu hồi trước đó.");
        }
        return RedirectToRoute(PortalRoutes.ContentItem, new { id }, PreviewLinksFragment);
    }

    [HttpGet("/admin/noi-dung/{id}/so-sanh", Name = Routes.AdminContentCompare)]
    public async Task<IActionResult> Compare(string id, [FromQuery(Name = "tu")] int from, [FromQuery(Name = "den")] int to, CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        var item = await contentStore.GetLatestAsync(id, cancellationToken);
        var before = await contentStore.GetVersionAsync(id, from, cancellationToken);
        var after = await contentStore.GetVersionAsync(id, to, cancellationToken);
        if (item is null || before is null || after is null)
        {
            return NotFound();
        }
        if (!access.CanWorkIn(item.ClusterId))
        {
            return Forbid();
        }
        return View(new DiffPage(item, from, to, VersionComparison.Of(contentTypes.Find(item.Type), before.Title, before.Data, after.Title, after.Data)));
    }

    /// <summary>The editor's preview of a Markdown body, rendered exactly as the public page renders it.</summary>
    [HttpPost("/admin/markdown", Name = PortalRoutes.MarkdownPreview)]
    public IActionResult Markdown(string? markdown) => Content(MarkdownRenderer.ToHtml(markdown), "text/html; charset=utf-8");

    private Task<IActionResult> ChangeAsync(string id, Func<ContentAccess, Task> change) =>
        ChangeAsync(id, async access =>
        {
            await change(access);
            return (IActionResult?)null;
        });

    /// <summary>
    /// Runs a change of an item and answers with where it leads (the item's page unless <paramref name="change"/> says
    /// otherwise); a refusal is a 404 or 403, anything else that stops it a Vietnamese message on the item's page.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(string id, Func<ContentAccess, Task<IActionResult?>> change)
    {
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        try
        {
            if (await change(access) is { } answer)
            {
                return answer;
            }
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }
        catch (ContentAccessDeniedException)
        {
            return Forbid();
        }
        catch (ContentWorkflowException e)
        {
            NotifyError(e.Message);
        }
        catch (ContentValidationException e)
        {
            NotifyError(string.Join(" ", e.Errors.All.Select(error => error.Message)));
        }
        catch (ContentConflictException)
        {
            NotifyError("Bài vừa được người khác lưu; thao tác chưa được thực hiện. Xin xem lại phiên bản mới nhất.");
        }
        return RedirectToRoute(PortalRoutes.ContentItem, new { id });
    }

    /// <summary>The person and the item's newest version, or a null item when there is none or it is another cluster's.</summary>
    private async Task<(ContentAccess Access, ContentRecord? Item)> WorkedItemAsync(string id, CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        var item = await contentStore.GetLatestAsync(id, cancellationToken);
        return (access, item is not null && access.CanWorkIn(item.ClusterId) ? item : null);
    }

    /// <summary>Why <see cref="WorkedItemAsync"/> gave no item: none by that id (404), or one the person may not see (403).</summary>
    private async Task<IActionResult> RefusalAsync(string id, CancellationToken cancellationToken) =>
        await contentStore.GetLatestAsync(id, cancellationToken) is null ? NotFound() : Forbid();

    /// <summary>The item's shared links: those that open it, with the address to send, and those that no longer do, with why.</summary>
    private async Task<PreviewLinksPanel> PreviewLinksAsync(ContentRecord item, IContentType type, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var root = $"{Request.Scheme}://{Request.Host}";
        var active = new List<ActivePreviewLink>();
        var ended = new List<EndedPreviewLink>();
        foreach (var link in await previewLinks.ListAsync(item.Id, cancellationToken))
        {
            if (link.RevokedUtc is { } revoked)
            {
                ended.Add(new(link, $"Đã thu hồi bởi {link.RevokedBy} lúc {AdminTime.Format(revoked)}"));
            }
            else if (!link.InForceAt(now))
            {
                ended.Add(new(link, $"Hết hạn lúc {AdminTime.Format(link.ExpiresUtc)}"));
            }
            else if (link.ToLink().EndedBy(item.LatestVersion))
            {
                ended.Add(new(link, $"Hết hiệu lực vì bài đã được sửa sau phiên bản {link.Version}"));
            }
            else
            {
                active.Add(new(link, root + links.SharedPreview(type, item.Id, previewLinks.KeyOf(link.Id))));
            }
        }
        return new PreviewLinksPanel(active, ended, PreviewLinkStore.DefaultDays, PreviewLinkStore.MaxDays);
    }

    private async Task<AdminLookups> LookupsAsync(CancellationToken cancellationToken) =>
        new(contentTypes.All.ToList(), await clusterDirectory.AllAsync(cancellationToken));
}
