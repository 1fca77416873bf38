using EmulationPortal.Core.Awards;

namespace EmulationPortal.Documents.Models;

/// <summary>A row read from a pasted list, with the name its unit was looked up by and the unit found (if any).</summary>
public sealed record AwardPasteLink(string Recipient, string? Written, string? UnitName);

/// <summary>What "Đọc danh sách" understood of a pasted list, shown above the award rows before anything is saved.</summary>
public sealed record AwardPasteReport(
    int RowsRead,
    IReadOnlyList<AwardPasteLink> Linked,
    IReadOnlyList<AwardPasteLink> NotLinked,
    IReadOnlyList<AwardTableProblem> Problems);
