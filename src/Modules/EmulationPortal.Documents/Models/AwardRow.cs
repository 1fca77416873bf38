using EmulationPortal.Core.Awards;

namespace EmulationPortal.Documents.Models;

public sealed class AwardRow
{
    public string? Kind { get; set; }
    public RecipientType RecipientType { get; set; }
    public string? Recipient { get; set; }
    public string? Unit { get; set; }
    public string? UnitId { get; set; }
}
