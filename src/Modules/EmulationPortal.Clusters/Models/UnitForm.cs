using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Clusters.Models;

public sealed class UnitForm
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Province { get; set; }
    [BindNever]
    public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();
    [BindNever]
    public IReadOnlyList<string> Provinces { get; set; } = [];
    [BindNever]
    public IReadOnlyList<string> ClusterNames { get; set; } = [];

    public bool IsNew => Id is null;

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);
}
