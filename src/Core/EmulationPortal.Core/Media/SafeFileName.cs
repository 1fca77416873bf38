using EmulationPortal.Core.Text;

namespace EmulationPortal.Core.Media;

/// <summary>
/// A file name fit to show and to offer as a download name: Vietnamese letters kept, no folders,
/// no control or reserved characters, never empty.
/// </summary>
public static class SafeFileName
{
    private const int MaxLength = 120;

    public static string From(string? name, string fallback = "tai-lieu")
    {
        var lastPart = (name ?? "").Replace('\\', '/').Split('/').Last();
        var cleaned = new string(lastPart.Where(c => !char.IsControl(c) && !IsInvisibleFormat(c) && !Path.GetInvalidFileNameChars().Contains(c) && c is not ('"' or '<' or '>' or '|' or '*' or '?' or ':')).ToArray())
            .Normalize(System.Text.NormalizationForm.FormC)
            .Trim(' ', '.');
        if (cleaned.Length == 0)
        {
            return fallback;
        }
        return Excerpt.Prefix(cleaned, MaxLength).TrimEnd(' ', '.');
    }

    /// <summary>
    /// Bidirectional controls (U+202E shows "gpj.exe" as "exe.jpg"), zero-width characters and the other
    /// invisible format characters: Vietnamese names never need them, and they disguise a name.
    /// </summary>
    private static bool IsInvisibleFormat(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    /// <summary>A bare file name as a browser sends it: no folders, no "..", no control characters.</summary>
    public static bool IsPlain(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.IndexOfAny(['/', '\\', '\0']) < 0 && name.Trim() is not ("." or "..")
        && !name.Any(char.IsControl);

    /// <summary>The name with the stored type's extension, whatever extension the sender gave it.</summary>
    public static string WithExtension(string? name, string extension)
    {
        var safe = From(name);
        var suffix = "." + extension;
        return safe.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? safe : Path.GetFileNameWithoutExtension(safe) is { Length: > 0 } stem ? stem + suffix : "tai-lieu" + suffix;
    }
}
