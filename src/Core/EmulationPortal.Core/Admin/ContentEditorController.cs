using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Core.Admin;

/// <summary>What every editor form carries besides its type's own fields.</summary>
public abstract class ContentEditorForm
{
    public string? Id { get; set; }

    /// <summary>The version the person started from: a save against a newer one is a conflict.</summary>
    public int Version { get; set; }

    public string Title { get; set; } = "";
    public string ClusterId { get; set; } = "";

    public IReadOnlyList<ClusterSummary> ClusterOptions { get; set; } = [];
    public Dictionary<string, string> Errors { get; set; } = [];
    public EditConflict? Conflict { get; set; }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);
}

/// <summary>Someone else's save that came first: who, when, and how it differs from what was typed.</summary>
public sealed record EditConflict(int Version, string Author, DateTime SavedUtc, IReadOnlyList<DiffLine> Differences);

/// <summary>
/// The create and edit pages of one content type: permissions, validation that keeps what was
/// typed, and conflicts that show the other person's save instead of overwriting it.
/// </summary>
public abstract class ContentEditorController<TForm> : AdminController where TForm : ContentEditorForm, new()
{
    private ContentEditing Editing => HttpContext.RequestServices.GetRequiredService<ContentEditing>();
    private ContentStore Store => HttpContext.RequestServices.GetRequiredService<ContentStore>();
    private ContentTypeRegistry Types => HttpContext.RequestServices.GetRequiredService<ContentTypeRegistry>();
    private IClusterDirectory Clusters => HttpContext.RequestServices.GetRequiredService<IClusterDirectory>();

    /// <summary>The content type the form is for (a documents form may hold several).</summary>
    protected abstract string TypeOf(TForm form);

    protected abstract ContentData ToData(TForm form);

    protected abstract TForm ToForm(ContentData data);

    protected async Task<IActionResult> NewAsync(TForm form)
    {
        var access = await AccessAsync();
        var clusters = await WritableClustersAsync(access);
        if (clusters.Count == 0)
        {
            return Forbid();
        }
        form.ClusterOptions = clusters;
        return View("Edit", form);
    }

    protected async Task<IActionResult> CreateAsync(TForm form)
    {
        var access = await AccessAsync();
        try
        {
            var created = await Editing.CreateAsync(access, TypeOf(form), form.ClusterId, form.Title, ToData(form), HttpContext.RequestAborted);
            Notify("Đã lưu bản nháp.");
            return Redirect($"/admin/noi-dung/{created.Id}");
        }
        catch (ContentAccessDeniedException)
        {
            return Forbid();
        }
        catch (ContentValidationException e)
        {
            return await RedisplayAsync(form, access, e.Errors);
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
        return View("Edit", form);
    }

    protected async Task<IActionResult> SaveAsync(string id, TForm form)
    {
        var access = await AccessAsync();
        form.Id = id;
        try
        {
            await Editing.SaveAsync(access, id, form.Version, form.Title, form.ClusterId, ToData(form), HttpContext.RequestAborted);
            Notify("Đã lưu.");
            return Redirect($"/admin/noi-dung/{id}");
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
            return await RedisplayAsync(form, access, e.Errors);
        }
        catch (ContentConflictException e)
        {
            var current = e.Current;
            var mine = VersionText.Lines(form.Title, ContentTypeRegistry.Serialize(ToData(form)));
            form.Conflict = new EditConflict(current.LatestVersion, current.VersionAuthor, current.VersionCreatedUtc,
                TextDiff.Lines(VersionText.Lines(current.Title, current.Data), mine));
            // Saving again after merging is a deliberate choice to replace the newer version.
            form.Version = current.LatestVersion;
            Response.StatusCode = StatusCodes.Status409Conflict;
            form.ClusterOptions = await WritableClustersAsync(access);
            return View("Edit", form);
        }
    }

    private async Task<IActionResult> RedisplayAsync(TForm form, ContentAccess access, ValidationErrors errors)
    {
        foreach (var (field, message) in errors.All)
        {
            form.Errors.TryAdd(field, message);
        }
        form.ClusterOptions = await WritableClustersAsync(access);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", form);
    }

    private async Task<IReadOnlyList<ClusterSummary>> WritableClustersAsync(ContentAccess access) =>
        (await Clusters.AllAsync(HttpContext.RequestAborted)).Values
            .Where(c => access.CanWorkIn(c.Id))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
}
