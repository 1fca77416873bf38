using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Clusters.Models;

public sealed class NewTermForm
{
    public string? Year { get; set; }
    public bool CopyMembers { get; set; } = true;
    [BindNever]
    public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();
}
