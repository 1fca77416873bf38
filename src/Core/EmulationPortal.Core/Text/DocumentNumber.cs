using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EmulationPortal.Core.Text;

/// <summary>
/// The number of a Vietnamese official document, e.g. "68/2024/QĐ-UBND" or, in Party style, "41-CT/TW".
/// </summary>
/// <param name="Serial">The serial as written, leading zeros kept: "1197", "01".</param>
/// <param name="Year">The year of a legal normative document ("68/2024/QĐ-UBND"), otherwise null.</param>
/// <param name="TypeCode">Canonical document type code such as "QĐ" or "TTr"; null when the number has none ("20/HĐTĐKT").</param>
/// <param name="Issuer">Issuing body, upper-cased, with any drafting unit: "UBND", "UBND-TĐKT".</param>
/// <param name="IsPartyStyle">True for the Communist Party layout "serial-type/issuer".</param>
public sealed partial record DocumentNumber(
    string Serial,
    int? Year,
    string? TypeCode,
    string? Issuer,
    bool IsPartyStyle = false)
{
    private static readonly FrozenDictionary<string, string> TypeNamesByCode = new Dictionary<string, string>
    {
        ["QĐ"] = "Quyết định",
        ["KH"] = "Kế hoạch",
        ["TB"] = "Thông báo",
        ["HD"] = "Hướng dẫn",
        ["BC"] = "Báo cáo",
        ["CT"] = "Chỉ thị",
        ["NQ"] = "Nghị quyết",
        ["TTr"] = "Tờ trình",
        ["CV"] = "Công văn",
        ["TT"] = "Thông tư",
        ["NĐ"] = "Nghị định",
        ["KL"] = "Kết luận",
        ["QC"] = "Quy chế",
        ["CTr"] = "Chương trình",
        ["GM"] = "Giấy mời",
        ["BB"] = "Biên bản",
        ["PA"] = "Phương án",
        ["QyĐ"] = "Quy định",
        ["QĐi"] = "Quy định", // Party documents spell it differently from state ones (QyĐ).
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> TypeCodesByUpperCase =
        TypeNamesByCode.Keys.ToFrozenDictionary(code => code.ToUpperInvariant(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> TypeCodesByFoldedUpperCase =
        TypeNamesByCode.Keys.ToFrozenDictionary(
            code => VietnameseText.Fold(code).ToUpperInvariant(), StringComparer.Ordinal);

    // Upper-casing the issuer is right except for these official mixed-case abbreviations.
    private static readonly FrozenDictionary<string, string> MixedCaseIssuers = new Dictionary<string, string>
    {
        ["TTG"] = "TTg", // Thủ tướng Chính phủ, as in "QĐ-TTg".
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly char[] Hyphens = ['-', '\u2013'];

    /// <summary>
    /// The canonical form folded to lower-case ASCII, e.g. "1197/qd-ubnd", for accent-insensitive search.
    /// </summary>
    public string Folded => VietnameseText.FoldLower(ToString());

    /// <summary>
    /// Parses a document number in the layouts of Decree 30/2020/NĐ-CP and of Party documents:
    /// "1197/QĐ-UBND", "68/2024/QĐ-UBND", "20/HĐTĐKT", "41-CT/TW", optionally after "Số:" / "số" / "So".
    /// </summary>
    /// <remarks>
    /// Spaces around '/' and '-', any letter case and type codes typed without diacritics
    /// ("qd" for "QĐ") are accepted. When the part after the slash does not start with a known
    /// type code, all of it is the issuer, as in a dispatch numbered "15/UBND-VX".
    /// </remarks>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = DocumentNumberPattern().Match(VietnameseText.NormalizeToFormC(text));
        if (!match.Success)
        {
            return false;
        }

        var serial = match.Groups["serial"].Value;

        var partyType = match.Groups["partyType"];
        if (partyType.Success)
        {
            var partyTypeCode = ResolveTypeCode(partyType.Value) ?? partyType.Value.ToUpperInvariant();
            var partyIssuer = FormatIssuer(SplitSegments(match.Groups["partyIssuer"].Value));
            number = new DocumentNumber(serial, null, partyTypeCode, partyIssuer, IsPartyStyle: true);
            return true;
        }

        var yearGroup = match.Groups["year"];
        int? year = yearGroup.Success ? int.Parse(yearGroup.ValueSpan, CultureInfo.InvariantCulture) : null;

        // The type code is optional and always comes first; a lone segment is the issuer.
        var segments = SplitSegments(match.Groups["typeAndIssuer"].Value);
        var typeCode = segments.Length > 1 ? ResolveTypeCode(segments[0]) : null;
        var issuer = FormatIssuer(typeCode is null ? segments : segments[1..]);
        number = new DocumentNumber(serial, year, typeCode, issuer);
        return true;
    }

    /// <summary>
    /// The Vietnamese name of a document type code, e.g. "Quyết định" for "QĐ" (also "qd", "QD");
    /// null when the code is unknown.
    /// </summary>
    public static string? TypeName(string? typeCode)
    {
        var canonical = typeCode is null ? null : ResolveTypeCode(typeCode.Trim());
        return canonical is null ? null : TypeNamesByCode[canonical];
    }

    /// <summary>The canonical form: "68/2024/QĐ-UBND", "20/HĐTĐKT", "41-CT/TW".</summary>
    public override string ToString()
    {
        if (IsPartyStyle)
        {
            return Serial + (TypeCode is null ? "" : "-" + TypeCode) + (Issuer is null ? "" : "/" + Issuer);
        }

        var year = Year is { } value ? "/" + value.ToString(CultureInfo.InvariantCulture) : "";
        var typeAndIssuer = string.Join('-', new[] { TypeCode, Issuer }.OfType<string>());
        return Serial + year + (typeAndIssuer.Length == 0 ? "" : "/" + typeAndIssuer);
    }

    private static string? ResolveTypeCode(string written)
    {
        var upper = written.ToUpperInvariant();
        if (TypeCodesByUpperCase.TryGetValue(upper, out var code))
        {
            return code;
        }

        // Only a code typed without Vietnamese letters is matched by its folded form, so that
        // "HĐ" (hợp đồng) is never mistaken for "HD" (hướng dẫn).
        var writtenWithoutDiacritics = VietnameseText.Fold(upper) == upper;
        return writtenWithoutDiacritics && TypeCodesByFoldedUpperCase.TryGetValue(upper, out code) ? code : null;
    }

    private static string[] SplitSegments(string hyphenated) =>
        hyphenated.Split(Hyphens, StringSplitOptions.TrimEntries);

    private static string FormatIssuer(IEnumerable<string> segments) =>
        string.Join('-', segments.Select(segment =>
        {
            var upper = segment.ToUpperInvariant();
            return MixedCaseIssuers.GetValueOrDefault(upper, upper);
        }));

    // Runs on NFC text. "Số" may also be typed "So"/"Sô"; the issuer part starts with a letter,
    // which keeps dates such as "21/01/2026" out.
    [GeneratedRegex(
        """
        ^\s*
        (?: s[oôố] \s* :? \s* )?
        (?<serial>[0-9]+)
        (?:
            \s* [-–] \s* (?<partyType>\p{L}+) \s* / \s* (?<partyIssuer> \p{L}[\p{L}0-9]* (?: \s* [-–] \s* [\p{L}0-9]+ )* )
          | (?: \s* / \s* (?<year>[0-9]{4}) )? \s* / \s* (?<typeAndIssuer> \p{L}[\p{L}0-9]* (?: \s* [-–] \s* [\p{L}0-9]+ )* )
        )
        \s*\z
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumberPattern();
}
