using System.Text.RegularExpressions;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Mvc.Admin;

/// <summary>
/// The "Kiểm tra trước khi gửi duyệt" panel, as the editor and the review screen show it: the findings of the checks
/// before review, whether the item's cluster refuses a submission while they warn, and the editor's address when the
/// panel stands elsewhere (the review screen links each finding to its field there).
/// </summary>
public sealed partial record ReviewChecksPanel(IReadOnlyList<ReviewFinding> Findings, bool BlocksSubmit, IReadOnlyDictionary<string, string> TypeFieldLabels,
    string? EditAddress = null)
{
    public static ReviewChecksPanel For(IContentType type, string title, ContentData data, ClusterSummary? cluster, string? editAddress = null) =>
        new(ReviewChecks.Of(type, title, data), cluster?.BlockSubmitOnWarnings == true, type.FieldLabels, editAddress);

    public int Warnings => Findings.Count(f => f.Severity == FindingSeverity.Warning);

    public int Suggestions => Findings.Count(f => f.Severity == FindingSeverity.Suggestion);

    /// <summary>The id of a finding's field in the editors ("photos[0].caption" → "photos-0-caption"), which each editor's input carries.</summary>
    public static string Anchor(string field) => NotAnchor().Replace(field, "-").Trim('-');

    /// <summary>Whether findings link to their field: in the editor (an empty address, the same page) or for someone who may edit the item.</summary>
    public bool Linked => EditAddress is not null;

    public string LinkTo(ReviewFinding finding) => $"{EditAddress}#{Anchor(finding.Field)}";

    /// <summary>Where the finding is, as the editor names it: "Tiêu đề", "Ảnh thứ 2: chú thích", "Nội dung, dòng 12".</summary>
    public string Place(ReviewFinding finding) =>
        FieldLabels.For(finding.Field, TypeFieldLabels) + (finding.Line is { } line ? $", dòng {line}" : "");

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotAnchor();
}
