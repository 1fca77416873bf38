namespace EmulationPortal.Documents.Models;

public sealed class MilestoneRow
{
    public DateOnly? Due { get; set; }
    public string? Text { get; set; }
}
