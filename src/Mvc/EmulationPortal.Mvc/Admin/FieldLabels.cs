using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationPortal.Mvc.Admin;

/// <summary>
/// The Vietnamese name of a form field, for error summaries ("awards[2].kind" → "Danh sách khen thưởng, dòng 3:
/// hình thức"). The fields every editor has are named here; a content type names its own
/// (<see cref="Core.Content.IContentType.FieldLabels"/>), so a new type never edits this list.
/// </summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Shared = new()
    {
        ["title"] = "Tiêu đề",
        ["cluster"] = "Cụm, khối thi đua",
        ["body"] = "Nội dung",
        ["comment"] = "Góp ý",
        ["then"] = "Sau khi lưu",
        ["photos"] = "Ảnh",
        ["attachments"] = "Tệp đính kèm",
        ["caption"] = "chú thích",
        ["focus.x"] = "tâm điểm (ngang)",
        ["focus.y"] = "tâm điểm (dọc)",
        ["file"] = "tệp",
    };

    public static string For(string field, IReadOnlyDictionary<string, string> typeLabels)
    {
        string? Label(string name) => typeLabels.GetValueOrDefault(name) ?? Shared.GetValueOrDefault(name);

        // "photos:anh.svg" names a refused upload; the message already says which file.
        var name = CamelCase(field.Split(':')[0]);
        if (Label(name) is { } label)
        {
            return label;
        }
        var row = RowField().Match(name);
        if (row.Success && Label(row.Groups["list"].Value) is not null)
        {
            var index = int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture);
            return $"{Row(row.Groups["list"].Value, index, typeLabels)}: {Label(row.Groups["part"].Value) ?? row.Groups["part"].Value}";
        }
        return name;
    }

    /// <summary>A row of a list by its 0-based index: "Danh sách khen thưởng, dòng 3", "Ảnh thứ 2".</summary>
    public static string Row(string list, int index, IReadOnlyDictionary<string, string> typeLabels)
    {
        var label = For(list, typeLabels);
        return label == Shared["photos"] ? $"Ảnh thứ {index + 1}" : $"{label}, dòng {index + 1}";
    }

    /// <summary>Model binding names a field as the form posts it ("Awards[0].Year"), a content type as its JSON does ("awards[0].year").</summary>
    private static string CamelCase(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    // The list may sit inside an object ("covenant.criteria[0].name").
    [GeneratedRegex(@"^(?<list>[a-zA-Z.]+?)\[(?<index>\d+)\]\.(?<part>[a-zA-Z.]+)$")]
    private static partial Regex RowField();
}
