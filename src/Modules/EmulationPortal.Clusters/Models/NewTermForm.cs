using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EmulationPortal.Clusters.Services;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Clusters.Models;

/// <summary>A year to add; the year stays text so that what was typed comes back as it was.</summary>
public sealed class NewTermForm
{
    [Required(ErrorMessage = "Chưa nhập năm.")]
    [CustomValidation(typeof(NewTermForm), nameof(CheckYear))]
    public string? Year { get; set; }

    public bool CopyMembers { get; set; } = true;

    /// <summary>The errors on the page are this form's, so it shows them and what was typed.</summary>
    [BindNever]
    public bool Refused { get; set; }

    /// <summary>The year as a number; only for a form that passed its checks (a method: validation reads every property).</summary>
    public int ParseYear() => int.Parse(Year!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A missing year is said once, by the required rule.</summary>
    public static ValidationResult? CheckYear(string? year)
    {
        if (string.IsNullOrWhiteSpace(year))
        {
            return ValidationResult.Success;
        }
        if (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return new ValidationResult("Năm phải là một số có bốn chữ số, ví dụ 2026.");
        }
        return parsed is < ClusterAdministration.FirstYear or > ClusterAdministration.LastYear
            ? new ValidationResult($"Năm phải nằm trong khoảng {ClusterAdministration.FirstYear}–{ClusterAdministration.LastYear}.")
            : ValidationResult.Success;
    }
}
