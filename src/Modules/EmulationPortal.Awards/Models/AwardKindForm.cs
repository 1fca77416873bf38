using System.ComponentModel.DataAnnotations;
using EmulationPortal.Core.Awards;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Awards.Models;

/// <summary>A kind of the catalogue as an administrator types it: spellings one per line.</summary>
public sealed class AwardKindForm
{
    [BindNever]
    public string? Id { get; set; }

    [Required(ErrorMessage = "Chưa nhập tên hình thức khen thưởng.")]
    [StringLength(300, ErrorMessage = "Tên hình thức khen thưởng dài quá 300 ký tự.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Xin chọn cấp khen thưởng.")]
    public AwardLevel? Level { get; set; }

    [Required(ErrorMessage = "Xin chọn danh hiệu thi đua hay hình thức khen thưởng.")]
    public AwardForm? Form { get; set; }

    /// <summary>Empty: both collectives and individuals.</summary>
    public RecipientType? RecipientType { get; set; }

    [StringLength(20000, ErrorMessage = "Danh sách cách viết dài quá 20.000 ký tự.")]
    public string? Spellings { get; set; }

    public bool IsNew => Id is null;

    public static AwardKindForm From(AwardKind kind) => new()
    {
        Id = kind.Id,
        Name = kind.Name,
        Level = kind.Level,
        Form = kind.Form,
        RecipientType = kind.RecipientType,
        Spellings = string.Join('\n', kind.Spellings),
    };

    /// <summary>The kind the form describes; only once the form is valid.</summary>
    public AwardKind ToKind() => new(Id ?? "", Name!.Trim(), Level!.Value, Form!.Value, RecipientType, 0)
    {
        Spellings = (Spellings ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
    };
}

/// <summary>The catalogue's page: its kinds and the kinds decisions use that it does not know yet.</summary>
public sealed record AwardKindListPage(IReadOnlyList<Services.CataloguedKind> Kinds, IReadOnlyList<Services.UncataloguedKind> Uncatalogued);

/// <summary>A kind met in decisions, taken as a spelling of a kind of the catalogue.</summary>
public sealed class AwardKindSpellingForm
{
    [Required(ErrorMessage = "Xin chọn hình thức khen thưởng.")]
    public string? KindId { get; set; }

    [Required(ErrorMessage = "Thiếu cách viết cần thêm.")]
    [StringLength(300, ErrorMessage = "Cách viết dài quá 300 ký tự.")]
    public string? Spelling { get; set; }
}
