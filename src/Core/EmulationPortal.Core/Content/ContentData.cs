using System.Text.Json;
using System.Text.Json.Serialization;

namespace EmulationPortal.Core.Content;

/// <summary>A file an item refers to: a recipe-relative path on import, a media key once stored.</summary>
public interface IMediaFile
{
    string File { get; set; }
}

public sealed class Photo : IMediaFile
{
    public string File { get; set; } = "";
    public string Caption { get; set; } = "";

    /// <summary>
    /// Kept with the caption, in the item's data, so a new focus goes through review and versions like any
    /// other edit and is exported with the item. Null is the centre, so photos saved before it stay unchanged.
    /// </summary>
    public PhotoFocus? Focus { get; set; }
}

/// <summary>
/// The point of a photo that crops keep in view (a face, the banner), as fractions of its width and height
/// from the top left corner.
/// </summary>
public sealed record PhotoFocus
{
    public decimal X { get; set; } = 0.5m;
    public decimal Y { get; set; } = 0.5m;

    [JsonIgnore]
    public bool IsCentre => X == 0.5m && Y == 0.5m;
}

public sealed class Attachment : IMediaFile
{
    public string File { get; set; } = "";
    public string Title { get; set; } = "";
}

/// <summary>The type-specific fields of one version of a content item, stored as JSON.</summary>
public abstract class ContentData
{
    /// <summary>Every file the item refers to, with the field that names it.</summary>
    [JsonIgnore]
    public virtual IEnumerable<(string Field, IMediaFile File)> MediaFiles => [];

    protected static IEnumerable<(string Field, IMediaFile File)> Listed(string field, IEnumerable<IMediaFile> files) =>
        files.Select((file, index) => ($"{field}[{index}].file", file));

    /// <summary>Checks the fields a person typed; each problem names its field.</summary>
    public abstract void Validate(ValidationErrors errors);
}

public sealed class ValidationErrors
{
    private readonly List<(string Field, string Message)> _errors = [];

    public IReadOnlyList<(string Field, string Message)> All => _errors;

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message) => _errors.Add((field, message));

    public void Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "chưa được nhập");
        }
    }

    public void RequiredDate(DateOnly value, string field)
    {
        if (value == default)
        {
            Add(field, "chưa có ngày (định dạng yyyy-MM-dd)");
        }
    }

    public void Focus(PhotoFocus? focus, string field)
    {
        if (focus?.X is < 0 or > 1)
        {
            Add($"{field}.x", "phải là một số từ 0 đến 1");
        }
        if (focus?.Y is < 0 or > 1)
        {
            Add($"{field}.y", "phải là một số từ 0 đến 1");
        }
    }

    public void Files<T>(IReadOnlyList<T> files, string field) where T : IMediaFile
    {
        for (var i = 0; i < files.Count; i++)
        {
            Required(files[i].File, $"{field}[{i}].file");
        }
    }
}

public static class ContentJson
{
    /// <summary>The one JSON shape used for stored versions and for recipes.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };
}
