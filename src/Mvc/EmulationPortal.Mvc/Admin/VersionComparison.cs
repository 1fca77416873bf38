using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Mvc.Admin;

public enum ChangeKind
{
    Changed,
    Added,
    Removed,
}

/// <summary>
/// One difference between two versions as an editor reads it: a field by its Vietnamese name with its values as the
/// site shows them, a row of a list with its cells, or a long text word by word.
/// </summary>
public sealed record VersionChange(string Label, ChangeKind Kind)
{
    public string Before { get; init; } = "";

    public string After { get; init; } = "";

    /// <summary>A row's cells: those that changed, or all it has when the row was added or removed.</summary>
    public IReadOnlyList<VersionChange> Cells { get; init; } = [];

    /// <summary>What the row is about (its recipient, its caption), so a reader knows it without counting rows.</summary>
    public string? Name { get; init; }

    /// <summary>A long text (the body) compared word by word.</summary>
    public WordDiff? Text { get; init; }
}

/// <summary>
/// Changes as a page shows them: the words before each side's value ("Trước:"/"Sau:" on the comparison page, whose
/// version is whose in a conflict) and the level of each change's heading under the page's own headings.
/// </summary>
public sealed record ChangeList(IReadOnlyList<VersionChange> Changes, string BeforeTag, string AfterTag, int HeadingLevel);

/// <summary>
/// Two versions of an item field by field, read from their stored JSON so that every content type is compared the same
/// way. Labels come from the type's <see cref="IContentType.FieldLabels"/> and <see cref="FieldLabels"/>, values are
/// shown as the site shows them (dd/MM/yyyy, "Tập thể", "Có"), lists row by row and the body as rendered text word by word.
/// </summary>
public sealed partial class VersionComparison
{
    /// <summary>Cells that name a row, in the order tried: a recipient says more than the unit it belongs to.</summary>
    private static readonly string[] NamingCells = ["recipient", "name", "title", "caption", "text", "unit", "number", "document"];

    // Pairing a removed row with an added one weighs every pair; past this many pairs they stay removed and added.
    private const int MaxRowPairs = 250_000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private readonly IContentType? _type;
    private readonly IReadOnlyDictionary<string, string> _labels;
    private readonly List<VersionChange> _changes = [];

    private VersionComparison(IContentType? type)
    {
        _type = type;
        _labels = type?.FieldLabels ?? new Dictionary<string, string>();
    }

    public IReadOnlyList<VersionChange> Changes => _changes;

    /// <summary>Whether a list was too long or too different to be compared row by row.</summary>
    public bool ListTooLong { get; private set; }

    public static VersionComparison Of(IContentType? type, string beforeTitle, string beforeData, string afterTitle, string afterData)
    {
        var comparison = new VersionComparison(type);
        if (beforeTitle != afterTitle)
        {
            comparison._changes.Add(new VersionChange(FieldLabels.For("title", comparison._labels), ChangeKind.Changed) { Before = beforeTitle, After = afterTitle });
        }
        using var before = JsonDocument.Parse(beforeData);
        using var after = JsonDocument.Parse(afterData);
        comparison.Compare(before.RootElement, after.RootElement, "");
        return comparison;
    }

    private void Compare(JsonElement? before, JsonElement? after, string path)
    {
        before = Present(before);
        after = Present(after);
        if (before is null && after is null)
        {
            return;
        }
        var kind = (after ?? before)!.Value.ValueKind;
        if (kind == JsonValueKind.Object)
        {
            var names = Properties(after).Concat(Properties(before)).Distinct();
            foreach (var name in names.Where(name => !IsInternal(name)))
            {
                Compare(Property(before, name), Property(after, name), path.Length == 0 ? name : $"{path}.{name}");
            }
        }
        else if (kind == JsonValueKind.Array)
        {
            var beforeItems = Items(before);
            var afterItems = Items(after);
            if (beforeItems.Concat(afterItems).Any(item => item.ValueKind == JsonValueKind.Object))
            {
                CompareRows(path, beforeItems, afterItems);
            }
            else
            {
                CompareValues(path, beforeItems, afterItems);
            }
        }
        else if (IsLongText(path, before, after))
        {
            var diff = TextDiff.Words(Text(path, before), Text(path, after));
            if (diff.Changed || diff.TooLong)
            {
                _changes.Add(new VersionChange(FieldLabels.For(path, _labels), ChangeKind.Changed) { Text = diff });
            }
        }
        else
        {
            var (from, to) = (Display(path, before), Display(path, after));
            if (from != to)
            {
                _changes.Add(new VersionChange(FieldLabels.For(path, _labels), ChangeKind.Changed) { Before = from, After = to });
            }
        }
    }

    /// <summary>
    /// Rows kept whole are found by a diff of the lists; a removed row and an added one that share their name or most
    /// cells are one row changed, wherever they sit, so a row inserted at the top or a name corrected shows as just that.
    /// </summary>
    private void CompareRows(string list, IReadOnlyList<JsonElement> before, IReadOnlyList<JsonElement> after)
    {
        var diff = TextDiff.Lines(before.Select(Fingerprint).ToList(), after.Select(Fingerprint).ToList());
        if (diff.TooLong)
        {
            ListTooLong = true;
            return;
        }
        var steps = Steps(diff);
        var beforeCells = before.Select((row, i) => Cells(list, i, row)).ToList();
        var afterCells = after.Select((row, i) => Cells(list, i, row)).ToList();
        var removed = steps.Where(s => s.Kind == DiffKind.Removed).Select(s => s.Index).ToList();
        var added = steps.Where(s => s.Kind == DiffKind.Added).Select(s => s.Index).ToList();
        var partners = new Dictionary<int, int>();
        if ((long)removed.Count * added.Count <= MaxRowPairs)
        {
            var free = added.ToHashSet();
            foreach (var r in removed)
            {
                var best = free
                    .Select(a => (Added: a, Score: Shared(beforeCells[r], afterCells[a])))
                    .Where(pair => 2 * pair.Score.Equal > pair.Score.Total || SameName(beforeCells[r], afterCells[pair.Added]))
                    .OrderByDescending(pair => pair.Score.Equal).ThenBy(pair => Math.Abs(pair.Added - r))
                    .Select(pair => (int?)pair.Added).FirstOrDefault();
                if (best is { } a)
                {
                    partners[a] = r;
                    free.Remove(a);
                }
            }
        }
        var paired = partners.Values.ToHashSet();
        foreach (var (kind, index) in steps)
        {
            if (kind == DiffKind.Added && partners.TryGetValue(index, out var was))
            {
                var (old, now) = (beforeCells[was], afterCells[index]);
                var changed = now.Keys.Union(old.Keys)
                    .Where(cell => old.GetValueOrDefault(cell, "") != now.GetValueOrDefault(cell, ""))
                    .Select(cell =>
                    {
                        var (from, to) = (Shown(cell, old.GetValueOrDefault(cell, ""), old), Shown(cell, now.GetValueOrDefault(cell, ""), now));
                        return new VersionChange(CellLabel(cell), ChangeKind.Changed) { Before = from, After = from == to ? $"{to} (tệp mới)" : to };
                    })
                    .ToList();
                if (changed.Count > 0)
                {
                    _changes.Add(new VersionChange(FieldLabels.Row(list, index, _labels), ChangeKind.Changed) { Cells = changed, Name = RowName(afterCells[index]) });
                }
            }
            else if (kind == DiffKind.Added)
            {
                _changes.Add(WholeRow(list, index, afterCells[index], ChangeKind.Added));
            }
            else if (kind == DiffKind.Removed && !paired.Contains(index))
            {
                _changes.Add(WholeRow(list, index, beforeCells[index], ChangeKind.Removed));
            }
        }
    }

    private VersionChange WholeRow(string list, int index, IReadOnlyDictionary<string, string> cells, ChangeKind kind) =>
        new(FieldLabels.Row(list, index, _labels), kind)
        {
            Name = RowName(cells),
            Cells = cells.Where(cell => cell.Value.Length > 0)
                .Select(cell => new VersionChange(CellLabel(cell.Key), kind)
                {
                    Before = kind == ChangeKind.Removed ? Shown(cell.Key, cell.Value, cells) : "",
                    After = kind == ChangeKind.Added ? Shown(cell.Key, cell.Value, cells) : "",
                })
                .ToList(),
        };

    private void CompareValues(string list, IReadOnlyList<JsonElement> before, IReadOnlyList<JsonElement> after)
    {
        var diff = TextDiff.Lines(before.Select(item => Display(list, item)).ToList(), after.Select(item => Display(list, item)).ToList());
        if (diff.TooLong)
        {
            ListTooLong = true;
            return;
        }
        foreach (var ((kind, index), line) in Steps(diff).Zip(diff.Lines.Where(line => line.Kind != DiffKind.Same)))
        {
            _changes.Add(new VersionChange(FieldLabels.Row(list, index, _labels), kind == DiffKind.Added ? ChangeKind.Added : ChangeKind.Removed)
            {
                Before = kind == DiffKind.Removed ? line.Text : "",
                After = kind == DiffKind.Added ? line.Text : "",
            });
        }
    }

    /// <summary>The changed lines of a diff with their index in their own version.</summary>
    private static List<(DiffKind Kind, int Index)> Steps(LineDiff diff)
    {
        var steps = new List<(DiffKind, int)>();
        int before = 0, after = 0;
        foreach (var line in diff.Lines)
        {
            switch (line.Kind)
            {
                case DiffKind.Removed:
                    steps.Add((DiffKind.Removed, before++));
                    break;
                case DiffKind.Added:
                    steps.Add((DiffKind.Added, after++));
                    break;
                default:
                    before++;
                    after++;
                    break;
            }
        }
        return steps;
    }

    /// <summary>Cells that hold something in either row, and how many of them are the same.</summary>
    private static (int Equal, int Total) Shared(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var cells = before.Where(c => c.Value.Length > 0).Select(c => c.Key).Union(after.Where(c => c.Value.Length > 0).Select(c => c.Key)).ToList();
        return (cells.Count(cell => before.GetValueOrDefault(cell) == after.GetValueOrDefault(cell)), cells.Count);
    }

    /// <summary>A row's cells as shown, nested objects flattened ("focus.x"), a media key shown as its file's title or caption.</summary>
    private Dictionary<string, string> Cells(string list, int index, JsonElement row)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(JsonElement element, string prefix)
        {
            foreach (var property in element.EnumerateObject().Where(p => !IsInternal(p.Name)))
            {
                var name = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                if (property.Value.ValueKind == JsonValueKind.Object)
                {
                    Add(property.Value, name);
                }
                else
                {
                    cells[name] = Display($"{list}[{index}].{name}", property.Value);
                }
            }
        }
        if (row.ValueKind == JsonValueKind.Object)
        {
            Add(row, "");
        }
        return cells;
    }

    /// <summary>
    /// A cell as a person reads it. A media key means nothing to them, so a file is shown as its title or caption; the
    /// key stays the cell's value, so a new file under the same title still counts as a change.
    /// </summary>
    private static string Shown(string cell, string value, IReadOnlyDictionary<string, string> row) =>
        cell != "file" || value.Length == 0 ? value
        : row.GetValueOrDefault("title") is { Length: > 0 } title ? title
        : row.GetValueOrDefault("caption") is { Length: > 0 } caption ? caption
        : "tệp không tên";

    /// <summary>The same recipient or file title is the same row, whatever else was corrected in it.</summary>
    private static bool SameName(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        RowName(before) is { } name && name == RowName(after);

    private static string? RowName(IReadOnlyDictionary<string, string> cells) =>
        NamingCells.Select(cell => cells.GetValueOrDefault(cell)).FirstOrDefault(value => !string.IsNullOrEmpty(value));

    private string CellLabel(string cell)
    {
        var label = FieldLabels.For(cell, _labels);
        return label.Length == 0 ? label : char.ToUpper(label[0], Vietnamese) + label[1..];
    }

    /// <summary>A value as the site shows it: dates as dd/MM/yyyy, enums and yes/no in Vietnamese, numbers with a decimal comma.</summary>
    private string Display(string path, JsonElement? value) => Present(value) is not { } element ? "" : element.ValueKind switch
    {
        JsonValueKind.True => "Có",
        JsonValueKind.False => "Không",
        JsonValueKind.Number => decimal.TryParse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(Vietnamese) : element.GetRawText(),
        JsonValueKind.String => _type?.ValueName(IndexFree().Replace(path, ""), element.GetString()!) ?? Date(element.GetString()!),
        JsonValueKind.Array => string.Join(", ", element.EnumerateArray().Select(item => Display(path, item)).Where(text => text.Length > 0)),
        _ => element.GetRawText(),
    };

    private static string Date(string text)
    {
        if (IsoDate().IsMatch(text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }
        if (IsoDateTime().IsMatch(text) && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
        {
            return time.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        }
        return text;
    }

    /// <summary>The body is Markdown: it is compared as readers see it, so a moved asterisk is no change and words are whole.</summary>
    private static string Text(string path, JsonElement? value)
    {
        var text = Present(value) is { ValueKind: JsonValueKind.String } element ? element.GetString()! : "";
        return IsBody(path) ? MarkdownText.Plain(text) : text;
    }

    private static bool IsLongText(string path, JsonElement? before, JsonElement? after) =>
        IsBody(path) || new[] { before, after }.Any(v => v is { ValueKind: JsonValueKind.String } s && s.GetString()!.Contains('\n'));

    private static bool IsBody(string path) => path == "body" || path.EndsWith(".body", StringComparison.Ordinal);

    /// <summary>Ids a picker filled in ("unitId") sit beside the name they stand for, which is what people read and compare.</summary>
    private static bool IsInternal(string name) => name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal);

    private static string Fingerprint(JsonElement row) => row.GetRawText().Replace('\n', ' ');

    private static JsonElement? Present(JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } ? value : null;

    private static IEnumerable<string> Properties(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } element ? element.EnumerateObject().Select(p => p.Name) : [];

    private static JsonElement? Property(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var property) ? property : null;

    private static List<JsonElement> Items(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Array } element ? element.EnumerateArray().ToList() : [];

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex IndexFree();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoDateTime();
}
