using EmulationPortal.Core.Awards;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Documents.Models;

public sealed class AwardRow
{
    public string? Kind { get; set; }
    public RecipientType RecipientType { get; set; }
    public string? Recipient { get; set; }
    public string? Unit { get; set; }
    public string? UnitId { get; set; }

    /// <summary>The unit and kind the register will link the row to, shown beside it.</summary>
    [BindNever]
    public AwardMatch? Match { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(Recipient);

    public AwardEntry ToEntry() =>
        new(Kind?.Trim() ?? "", RecipientType, Recipient?.Trim() ?? "", string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(),
            string.IsNullOrWhiteSpace(UnitId) ? null : UnitId.Trim());
}
