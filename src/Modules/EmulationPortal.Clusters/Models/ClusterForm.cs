using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EmulationPortal.Clusters.Services;

namespace EmulationPortal.Clusters.Models;

/// <summary>A cluster's own fields as typed; numbers stay text so that what was typed comes back as it was.</summary>
/// <remarks>Text is trimmed as it is bound, so the checks and the page shown again see what will be stored.</remarks>
public sealed class ClusterForm
{
    private string? _number;
    private string? _name;
    private string? _province;
    private string? _sector;

    [CustomValidation(typeof(ClusterForm), nameof(CheckKind))]
    public string? Kind { get; set; } = nameof(ClusterKind.Cluster);

    [CustomValidation(typeof(ClusterForm), nameof(CheckNumber))]
    public string? Number { get => _number; set => _number = Trimmed(value); }

    [Required(ErrorMessage = "Chưa nhập tên cụm, khối thi đua.")]
    [StringLength(300, ErrorMessage = "Tên dài quá 300 ký tự.")]
    public string? Name { get => _name; set => _name = Trimmed(value); }

    [StringLength(100, ErrorMessage = "Tên tỉnh, thành phố dài quá 100 ký tự.")]
    public string? Province { get => _province; set => _province = Trimmed(value); }

    [StringLength(200, ErrorMessage = "Tên ngành, lĩnh vực dài quá 200 ký tự.")]
    public string? Sector { get => _sector; set => _sector = Trimmed(value); }

    public bool ReviewRequired { get; set; } = true;

    public bool BlockSubmitOnWarnings { get; set; }

    public static ClusterForm From(Cluster cluster) => new()
    {
        Kind = cluster.Kind.ToString(),
        Number = cluster.Number?.ToString(CultureInfo.InvariantCulture),
        Name = cluster.Name,
        Province = cluster.Province,
        Sector = cluster.Sector,
        ReviewRequired = cluster.ReviewRequired,
        BlockSubmitOnWarnings = cluster.BlockSubmitOnWarnings,
    };

    /// <summary>The form as the service takes it; only for a form that passed its checks.</summary>
    public ClusterInput ToInput()
    {
        ParseKind(Kind, out var kind);
        return new ClusterInput(kind, Number is null ? null : int.Parse(Number, NumberStyles.None, CultureInfo.InvariantCulture),
            Name ?? "", Province, Sector, ReviewRequired, BlockSubmitOnWarnings);
    }

    public static ValidationResult? CheckKind(string? kind) =>
        ParseKind(kind, out _) ? ValidationResult.Success : new ValidationResult("Xin chọn Cụm thi đua hoặc Khối thi đua.");

    public static ValidationResult? CheckNumber(string? number) =>
        number is null || (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1 and <= 9999)
            ? ValidationResult.Success
            : new ValidationResult("Số hiệu phải là số nguyên từ 1 đến 9999.");

    private static bool ParseKind(string? text, out ClusterKind kind) => Enum.TryParse(text, out kind) && Enum.IsDefined(kind);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
