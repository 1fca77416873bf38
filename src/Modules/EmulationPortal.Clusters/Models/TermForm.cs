using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Clusters.Models;

/// <summary>One year of a cluster on the edit page, as stored or as just typed.</summary>
public sealed class TermForm
{
    public int Year { get; set; }
    public string? Leader { get; set; }

    [CustomValidation(typeof(TermForm), nameof(CheckDeputy))]
    public string? Deputy { get; set; }

    public List<string> Members { get; set; } = [];

    /// <summary>The errors on the page are this year's: the page holds a form per year.</summary>
    [BindNever]
    public bool Refused { get; set; }

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

    /// <summary>"— Chưa chọn —" posts an empty value for both; only a unit chosen twice is refused.</summary>
    public static ValidationResult? CheckDeputy(string? deputy, ValidationContext context) =>
        !string.IsNullOrEmpty(deputy) && deputy == ((TermForm)context.ObjectInstance).Leader
            ? new ValidationResult("Đơn vị phó phải khác đơn vị trưởng.")
            : ValidationResult.Success;
}
