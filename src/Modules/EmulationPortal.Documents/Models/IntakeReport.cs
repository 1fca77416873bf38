using EmulationPortal.Documents.Services.Intake;

namespace EmulationPortal.Documents.Models;

/// <summary>Where a prefilled field came from and how sure the reader is, as the editor sees it beside the field.</summary>
public sealed record IntakeNote(TextSource Source, Confidence Confidence)
{
    private const int ShownCharacters = 160;

    public string Describe()
    {
        var lines = Source.FirstLine == Source.LastLine ? $"dòng {Source.FirstLine}" : $"dòng {Source.FirstLine}–{Source.LastLine}";
        var text = Source.Text.Replace("\t", " ").Replace("\n", " / ");
        text = text.Length > ShownCharacters ? text[..ShownCharacters] + "…" : text;
        return $"Đọc từ {lines}: «{text}» — {ConfidenceName}";
    }

    public string ConfidenceName => Confidence switch
    {
        Confidence.High => "chắc chắn",
        Confidence.Medium => "cần kiểm tra",
        _ => "không chắc, hãy kiểm tra kỹ",
    };
}

/// <summary>What "Nhập từ tệp" read from a file: a note per prefilled field (by the field's name in the form), what it did not find.</summary>
public sealed class IntakeReport
{
    public required string FileName { get; init; }

    /// <summary>"ocr" when the text came from a scan: every field then deserves a look.</summary>
    public required string Method { get; init; }

    public bool Attached { get; init; }

    public Dictionary<string, IntakeNote> Fields { get; } = new(StringComparer.Ordinal);

    public List<string> NotFound { get; } = [];

    /// <summary>What was read but has no field of its own on the form (a plan's leading units, list rows not read).</summary>
    public List<string> Remarks { get; } = [];

    public IntakeNote? For(string field) => Fields.GetValueOrDefault(field);
}
