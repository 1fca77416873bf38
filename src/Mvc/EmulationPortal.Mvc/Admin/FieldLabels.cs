using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationPortal.Mvc.Admin;

/// <summary>The Vietnamese name of a form field, for error summaries ("awards[2].kind" → "Danh sách khen thưởng, dòng 3: hình thức").</summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["title"] = "Tiêu đề",
        ["cluster"] = "Cụm, khối thi đua",
        ["date"] = "Ngày hội nghị",
        ["location"] = "Địa điểm",
        ["body"] = "Nội dung",
        ["number"] = "Số, ký hiệu",
        ["issuedOn"] = "Ngày ban hành",
        ["issuer"] = "Cơ quan ban hành",
        ["summary"] = "Trích yếu",
        ["year"] = "Năm thi đua",
        ["signer.name"] = "Người ký",
        ["comment"] = "Góp ý",
        ["photos"] = "Ảnh",
        ["attachments"] = "Tệp đính kèm",
        ["caption"] = "chú thích",
        ["file"] = "tệp",
        ["kind"] = "hình thức",
        ["recipient"] = "tập thể, cá nhân",
        ["due"] = "thời hạn",
        ["text"] = "nội dung",
        ["milestones"] = "Tiến độ thực hiện",
        ["awards"] = "Danh sách khen thưởng",
    };

    public static string For(string field)
    {
        // "photos:anh.svg" names a refused upload; the message already says which file.
        var name = field.Split(':')[0];
        if (Names.TryGetValue(name, out var label))
        {
            return label;
        }
        var row = RowField().Match(name);
        if (row.Success && Names.TryGetValue(row.Groups["list"].Value, out var list))
        {
            var index = int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture) + 1;
            var part = Names.GetValueOrDefault(row.Groups["part"].Value, row.Groups["part"].Value);
            return list == Names["photos"] ? $"Ảnh thứ {index}: {part}" : $"{list}, dòng {index}: {part}";
        }
        return name;
    }

    [GeneratedRegex(@"^(?<list>[a-zA-Z]+)\[(?<index>\d+)\]\.(?<part>[a-zA-Z.]+)$")]
    private static partial Regex RowField();
}
