using System.Text.Json;

namespace EmulationPortal.Core.Content;

/// <summary>
/// A version as lines of "field: value", long texts line by line, so that any two versions of
/// any content type can be compared the same way.
/// </summary>
public static class VersionText
{
    public static IReadOnlyList<string> Lines(string title, string dataJson)
    {
        var lines = new List<string> { $"title: {title}" };
        using var document = JsonDocument.Parse(dataJson);
        Walk(document.RootElement, "", lines);
        return lines;
    }

    private static void Walk(JsonElement element, string path, List<string> lines)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", lines);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", lines);
                }
                break;
            case JsonValueKind.String when element.GetString()!.Contains('\n'):
                lines.Add($"{path}:");
                lines.AddRange(element.GetString()!.Replace("\r\n", "\n").Split('\n').Select(line => "    " + line));
                break;
            default:
                lines.Add($"{path}: {(element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText())}");
                break;
        }
    }
}
