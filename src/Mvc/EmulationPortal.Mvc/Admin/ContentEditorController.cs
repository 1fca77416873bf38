using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Mvc.Admin;

/// <summary>
/// The create and edit pages of one content type: permissions, validation that keeps what was
/// typed, and conflicts that show the other person's save instead of overwriting it.
/// </summary>
public abstract class ContentEditorController<TForm>(ContentEditorServices services) : AdminController where TForm : ContentEditorForm, new()
{
    private ContentEditing Editing => services.Editing;
    private IMediaLibrary Media => services.Media;
    private IMediaStore MediaStore => services.MediaStore;
    private IDbConnectionFactory Connections => services.Connections;
    private ContentStore Store => services.Store;
    private ContentTypeRegistry Types => services.Types;
    private IClusterDirectory Clusters => services.Clusters;

    private Task<ContentAccess> AccessAsync() => services.Access.GetAsync(User, HttpContext.RequestAborted);

    /// <summary>The content type the form is for (a documents form may hold several).</summary>
    protected abstract string TypeOf(TForm form);

    protected abstract ContentData ToData(TForm form);

    protected abstract TForm ToForm(ContentData data);

    /// <summary>A button of the type's own that reworks the form without saving it (reading a pasted list); true when one was pressed.</summary>
    protected virtual Task<bool> ApplyFormCommandAsync(TForm form) => Task.FromResult(false);

    protected async Task<IActionResult> NewAsync(TForm form)
    {
        var access = await AccessAsync();
        var clusters = await WritableClustersAsync(access);
        if (clusters.Count == 0)
        {
            return Forbid();
        }
        form.ClusterOptions = clusters;
        if (string.IsNullOrEmpty(form.ClusterId))
        {
            form.ClusterId = OwnCluster(access, clusters) ?? "";
        }
        return await EditViewAsync(form);
    }

    /// <summary>
    /// The cluster a new item starts in: the person's own when they work in exactly one. Someone who works in several
    /// (or the board's staff, who work in all) chooses, rather than finding the alphabetically first one chosen for them.
    /// </summary>
    private static string? OwnCluster(ContentAccess access, IReadOnlyList<ClusterSummary> writable)
    {
        var own = writable.Where(cluster => access.Clusters.ContainsKey(cluster.Id)).ToList();
        return own.Count == 1 ? own[0].Id : writable.Count == 1 ? writable[0].Id : null;
    }

    protected async Task<IActionResult> CreateAsync(TForm form)
    {
        var access = await AccessAsync();
        if (await NotToSaveAsync(form, access) is { } again)
        {
            return again;
        }
        try
        {
            var created = await Editing.CreateAsync(access, TypeOf(form), form.ClusterId, form.Title, ToData(form), HttpContext.RequestAborted, form.Then);
            Notify(SavedMessage(form.Then) ?? "Đã lưu bản nháp.");
            return RedirectToRoute(PortalRoutes.ContentItem, new { id = created.Id });
        }
        catch (ContentAccessDeniedException)
        {
            return Forbid();
        }
        catch (ContentValidationException e)
        {
            ModelState.AddErrors(e.Errors);
            return await RedisplayAsync(form, access);
        }
        catch (ContentWorkflowException e)
        {
            ModelState.AddModelError("then", e.Message);
            return await RedisplayAsync(form, access);
        }
    }

    protected async Task<IActionResult> EditAsync(string id)
    {
        var access = await AccessAsync();
        var item = await Store.GetLatestAsync(id, HttpContext.RequestAborted);
        if (item is null)
        {
            return NotFound();
        }
        if (!access.CanEdit(item.ClusterId, item.Status))
        {
            return Forbid();
        }
        var form = ToForm(Types.Deserialize(item.Type, item.Data));
        form.Id = item.Id;
        form.Version = item.LatestVersion;
        form.Title = item.Title;
        form.ClusterId = item.ClusterId;
        form.ClusterOptions = await WritableClustersAsync(access);
        return await EditViewAsync(form);
    }

    protected async Task<IActionResult> SaveAsync(string id, TForm form)
    {
        var access = await AccessAsync();
        form.Id = id;
        if (await NotToSaveAsync(form, access) is { } again)
        {
            return again;
        }
        try
        {
            await Editing.SaveAsync(access, id, form.Version, form.Title, form.ClusterId, ToData(form), HttpContext.RequestAborted, form.Then);
            Notify(SavedMessage(form.Then) ?? "Đã lưu.");
            return RedirectToRoute(PortalRoutes.ContentItem, new { id });
        }
        catch (ContentNotFoundException)
        {
            return NotFound();
        }
        catch (ContentAccessDeniedException)
        {
            return Forbid();
        }
        catch (ContentValidationException e)
        {
            ModelState.AddErrors(e.Errors);
            return await RedisplayAsync(form, access);
        }
        catch (ContentWorkflowException e)
        {
            ModelState.AddModelError("then", e.Message);
            return await RedisplayAsync(form, access);
        }
        catch (ContentConflictException e)
        {
            var current = e.Current;
            form.Conflict = new EditConflict(current.LatestVersion, current.VersionAuthor, current.VersionCreatedUtc,
                VersionComparison.Of(Types.Find(current.Type), current.Title, current.Data, form.Title, ContentTypeRegistry.Serialize(ToData(form))));
            // Saving again after merging is a deliberate choice to replace the newer version.
            form.Version = current.LatestVersion;
            Response.StatusCode = StatusCodes.Status409Conflict;
            form.ClusterOptions = await WritableClustersAsync(access);
            return await EditViewAsync(form);
        }
    }

    /// <summary>
    /// The form again when it is not to be saved yet: a file-list button was pressed, or a file, a value or a
    /// media key was refused. Null when the form may go to the content type's own checks and be saved.
    /// </summary>
    private async Task<IActionResult?> NotToSaveAsync(TForm form, ContentAccess access)
    {
        if (!await AcceptFilesAsync(form) || ApplyMediaCommand(form) || await ApplyFormCommandAsync(form))
        {
            return await RedisplayAsync(form, access, StatusCodes.Status200OK);
        }
        ModelState.AddErrors(UnknownFiles(form));
        return ModelState.ErrorCount > 0 ? await RedisplayAsync(form, access) : null;
    }

    /// <summary>The form again with what was typed; any error in ModelState makes it a 422.</summary>
    private async Task<IActionResult> RedisplayAsync(TForm form, ContentAccess access, int status = StatusCodes.Status422UnprocessableEntity)
    {
        form.TypeFieldLabels = Types.Find(TypeOf(form))?.FieldLabels ?? form.TypeFieldLabels;
        form.ClusterOptions = await WritableClustersAsync(access);
        Response.StatusCode = ModelState.ErrorCount > 0 ? StatusCodes.Status422UnprocessableEntity : status;
        return await EditViewAsync(form);
    }

    /// <summary>
    /// Stores the files chosen in the form and adds them to its lists. A refused file is named in
    /// ModelState and the form comes back unsaved, with everything else kept.
    /// </summary>
    private async Task<bool> AcceptFilesAsync(TForm form)
    {
        var accepted = true;
        foreach (var (files, field, add) in new (List<IFormFile>, string, Action<string, string>)[]
        {
            (form.NewPhotos, "photos", (key, _) => form.Photos.Add(new Photo { File = key })),
            (form.NewAttachments, "attachments", (key, name) => form.Attachments.Add(new Attachment { File = key, Title = Path.GetFileNameWithoutExtension(SafeFileName.From(name)) })),
        })
        {
            foreach (var file in files.Where(f => f.Length > 0))
            {
                if (await StoreFileAsync(file, field == "photos" ? MediaKind.Image : MediaKind.Document, field) is { } key)
                {
                    add(key, file.FileName);
                }
                else
                {
                    accepted = false;
                }
            }
        }
        form.NewPhotos.Clear();
        form.NewAttachments.Clear();
        return accepted;
    }

    /// <summary>
    /// Stores an uploaded file as the site's media, as the form's own file fields do; a refused file is named in
    /// ModelState under <paramref name="field"/> and gives null.
    /// </summary>
    protected async Task<string?> StoreFileAsync(IFormFile file, MediaKind expected, string field)
    {
        try
        {
            await using var session = await Connections.BeginSessionAsync(HttpContext.RequestAborted);
            await using var content = file.OpenReadStream();
            var stored = await Media.AddAsync(content, file.FileName, session, HttpContext.RequestAborted);
            await session.CommitAsync(HttpContext.RequestAborted);
            if (stored.Kind != expected)
            {
                throw new MediaRejectedException(expected == MediaKind.Image
                    ? $"Tệp \"{SafeFileName.From(file.FileName)}\" không phải là ảnh."
                    : $"Tệp \"{SafeFileName.From(file.FileName)}\" là ảnh: hãy đưa vào phần ảnh.");
            }
            return stored.Key;
        }
        catch (Exception e) when (e is MediaRejectedException or MediaStorageException)
        {
            ModelState.AddModelError($"{field}:{SafeFileName.From(file.FileName)}", e.Message);
            return null;
        }
    }

    /// <summary>
    /// A form names its files by media key: only a key the store holds, of the list's kind, is taken, so
    /// no item can point at a file that does not exist (pages and recipe exports would fail on it).
    /// </summary>
    private ValidationErrors UnknownFiles(TForm form)
    {
        var errors = new ValidationErrors();
        foreach (var (files, field, kind) in new (IReadOnlyList<IMediaFile>, string, MediaKind)[]
        {
            (form.Photos, "photos", MediaKind.Image),
            (form.Attachments, "attachments", MediaKind.Document),
        })
        {
            for (var i = 0; i < files.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(files[i].File))
                {
                    continue;
                }
                var stored = MediaStore.Describe(files[i].File);
                if (stored is null)
                {
                    errors.Add($"{field}[{i}].file", $"\"{files[i].File}\" không có trong kho tệp của trang; hãy bỏ dòng này và tải tệp lên lại.");
                }
                else if (stored.Kind != kind)
                {
                    errors.Add($"{field}[{i}].file", kind == MediaKind.Image ? "tệp này không phải là ảnh." : "tệp này là ảnh: hãy đưa vào phần ảnh.");
                }
            }
        }
        return errors;
    }

    /// <summary>Moves or removes a photo or attachment, for the page without JavaScript; true when one was pressed.</summary>
    private static bool ApplyMediaCommand(TForm form)
    {
        if (form.MediaCommand?.Split(':') is not [var command, var indexText] || !int.TryParse(indexText, out var index))
        {
            return false;
        }
        switch (command)
        {
            case "photo-up": Swap(form.Photos, index, index - 1); break;
            case "photo-down": Swap(form.Photos, index, index + 1); break;
            case "photo-remove" when index >= 0 && index < form.Photos.Count: form.Photos.RemoveAt(index); break;
            case "attachment-up": Swap(form.Attachments, index, index - 1); break;
            case "attachment-down": Swap(form.Attachments, index, index + 1); break;
            case "attachment-remove" when index >= 0 && index < form.Attachments.Count: form.Attachments.RemoveAt(index); break;
        }
        return true;
    }

    private static void Swap<T>(List<T> list, int a, int b)
    {
        if (a >= 0 && b >= 0 && a < list.Count && b < list.Count)
        {
            (list[a], list[b]) = (list[b], list[a]);
        }
    }

    /// <summary>What a type's form needs beyond what was posted before it is shown (the cluster's members for a year's tables).</summary>
    protected virtual Task PrepareViewAsync(TForm form) => Task.CompletedTask;

    private static string? SavedMessage(WorkflowAction? then) => then switch
    {
        WorkflowAction.Submit => "Đã lưu và gửi bài để duyệt.",
        WorkflowAction.Publish => "Đã lưu và đăng phiên bản mới lên trang công khai.",
        _ => null,
    };

    private async Task<ViewResult> EditViewAsync(TForm form)
    {
        form.PhotoThumbnails = form.Photos.Select(photo => Media.PhotoUrl(photo.File, 480, "jpg")).ToList();
        var item = form.Id is null ? null : await Store.GetLatestAsync(form.Id, HttpContext.RequestAborted);
        form.SaveThenActions = item is null && form.Id is not null ? [] : await Editing.SaveThenActionsAsync(
            await AccessAsync(), item?.ClusterId ?? form.ClusterId, item?.Status, HttpContext.RequestAborted);
        // A new form shows no checks until something was typed and posted: a blank form would only list what is missing.
        if ((form.Id is not null || HttpMethods.IsPost(Request.Method)) && Types.Find(TypeOf(form)) is { } type)
        {
            var cluster = (await Clusters.AllAsync(HttpContext.RequestAborted)).GetValueOrDefault(form.ClusterId);
            form.Checks = ReviewChecksPanel.For(type, form.Title, ToData(form), cluster, editAddress: "");
        }
        await PrepareViewAsync(form);
        return View("Edit", form);
    }

    private async Task<IReadOnlyList<ClusterSummary>> WritableClustersAsync(ContentAccess access) =>
        (await Clusters.AllAsync(HttpContext.RequestAborted)).Values
            .Where(c => access.CanWorkIn(c.Id))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
}
