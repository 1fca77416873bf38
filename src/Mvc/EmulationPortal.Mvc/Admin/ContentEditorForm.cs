using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Mvc.Admin;

/// <summary>What every editor form carries besides its type's own fields.</summary>
public abstract class ContentEditorForm
{
    public string? Id { get; set; }

    /// <summary>The version the person started from: a save against a newer one is a conflict.</summary>
    public int Version { get; set; }

    public string Title { get; set; } = "";
    public string ClusterId { get; set; } = "";

    /// <summary>The item's photos and attachments in their order, as stored media keys with caption or title.</summary>
    public List<Photo> Photos { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];

    /// <summary>Files chosen in the form itself (the page without JavaScript uploads them with the save).</summary>
    public List<IFormFile> NewPhotos { get; set; } = [];
    public List<IFormFile> NewAttachments { get; set; } = [];

    /// <summary>A button of the file lists pressed without JavaScript: "photo-up:2", "attachment-remove:0"…</summary>
    public string? MediaCommand { get; set; }

    /// <summary>The workflow step to take once saved, from the editor's "Lưu và gửi duyệt" or "Lưu và đăng" button.</summary>
    public WorkflowAction? Then { get; set; }

    /// <summary>The "save and …" buttons this person is offered on this item.</summary>
    [BindNever]
    public IReadOnlyList<WorkflowAction> SaveThenActions { get; set; } = [];

    public IReadOnlyList<ClusterSummary> ClusterOptions { get; set; } = [];

    /// <summary>The address of each photo's small rendition, in the order of <see cref="Photos"/>.</summary>
    [BindNever]
    public IReadOnlyList<string> PhotoThumbnails { get; set; } = [];
    public EditConflict? Conflict { get; set; }

    /// <summary>What the checks before review find in the form as it stands; null on a new, empty form.</summary>
    [BindNever]
    public ReviewChecksPanel? Checks { get; set; }

    /// <summary>The names of the form's type's own fields, for the error summary.</summary>
    [BindNever]
    public IReadOnlyDictionary<string, string> TypeFieldLabels { get; set; } = new Dictionary<string, string>();

    public string LabelOf(string field) => FieldLabels.For(field, TypeFieldLabels);
}
