using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Clusters.Models;

/// <summary>A unit as typed, trimmed as it is bound; the service checks, against the database, that it is not one already there.</summary>
public sealed class UnitForm
{
    private string? _name;
    private string? _province;

    public string? Id { get; set; }

    [Required(ErrorMessage = "Chưa nhập tên đơn vị.")]
    [StringLength(300, ErrorMessage = "Tên đơn vị dài quá 300 ký tự.")]
    public string? Name { get => _name; set => _name = Trimmed(value); }

    [StringLength(100, ErrorMessage = "Tên tỉnh, thành phố dài quá 100 ký tự.")]
    public string? Province { get => _province; set => _province = Trimmed(value); }

    [BindNever]
    public IReadOnlyList<string> Provinces { get; set; } = [];
    [BindNever]
    public IReadOnlyList<string> ClusterNames { get; set; } = [];

    public bool IsNew => Id is null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
