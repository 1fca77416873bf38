using System.ComponentModel.DataAnnotations;
using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Awards;

namespace EmulationPortal.Awards.Models;

/// <summary>The names not linked to a unit, the units to link them to, and the form that was refused, if any.</summary>
public sealed record UnmatchedUnitsPage(IReadOnlyList<UnmatchedUnit> Names, IReadOnlyList<UnitSummary> Units)
{
    /// <summary>The name whose form was refused: its row shows the messages and what was typed.</summary>
    public string? FailedKey { get; init; }

    public UnitLinkForm? Link { get; init; }

    public NewUnitForm? NewUnit { get; init; }
}

/// <summary>Staff's choice of a unit for the lines under a name.</summary>
public sealed class UnitLinkForm
{
    [Required(ErrorMessage = "Thiếu tên đơn vị cần khớp.")]
    public string? Key { get; set; }

    [Required(ErrorMessage = "Chưa chọn đơn vị để khớp.")]
    public string? UnitId { get; set; }
}

/// <summary>A unit staff add to the directory for the lines under a name.</summary>
public sealed class NewUnitForm
{
    [Required(ErrorMessage = "Thiếu tên đơn vị cần khớp.")]
    public string? Key { get; set; }

    [Required(ErrorMessage = "Chưa nhập tên đơn vị.")]
    [StringLength(300, ErrorMessage = "Tên đơn vị dài quá 300 ký tự.")]
    public string? Name { get; set; }

    [StringLength(100, ErrorMessage = "Tên tỉnh, thành phố dài quá 100 ký tự.")]
    public string? Province { get; set; }
}
