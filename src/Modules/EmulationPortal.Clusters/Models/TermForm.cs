using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Clusters.Models;

/// <summary>One year of a cluster on the edit page, as stored or as just typed.</summary>
public sealed class TermForm
{
    public int Year { get; set; }
    public string? Leader { get; set; }
    public string? Deputy { get; set; }
    public List<string> Members { get; set; } = [];
    [BindNever]
    public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();

    /// <summary>Open on the page: the newest year, or the one with something to fix.</summary>
    [BindNever]
    public bool Open { get; set; }

    public static TermForm From(ClusterTerm term) => new()
    {
        Year = term.Year,
        Leader = term.Leader?.Id,
        Deputy = term.Deputy?.Id,
        Members = term.Members.Select(m => m.Id).ToList(),
    };
}
