using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Clusters.Models;

/// <summary>A unit as typed; the service trims it and checks, against the database, that it is not one already there.</summary>
public sealed class UnitForm
{
    public string? Id { get; set; }

    [Required(ErrorMessage = "Chưa nhập tên đơn vị.")]
    [StringLength(300, ErrorMessage = "Tên đơn vị dài quá 300 ký tự.")]
    public string? Name { get; set; }

    [StringLength(100, ErrorMessage = "Tên tỉnh, thành phố dài quá 100 ký tự.")]
    public string? Province { get; set; }

    [BindNever]
    public IReadOnlyList<string> Provinces { get; set; } = [];
    [BindNever]
    public IReadOnlyList<string> ClusterNames { get; set; } = [];

    public bool IsNew => Id is null;
}
