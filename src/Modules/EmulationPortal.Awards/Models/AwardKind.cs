using EmulationPortal.Core.Awards;

namespace EmulationPortal.Awards.Models;

/// <summary>Who confers an award, highest first (Law on Emulation and Commendation 2022).</summary>
public enum AwardLevel
{
    NhaNuoc,
    ChinhPhu,
    BoNganhTinh,
    CoSo,
}

public enum AwardForm
{
    /// <summary>Danh hiệu thi đua: Chiến sĩ thi đua, Lao động tiên tiến, Cờ thi đua…</summary>
    DanhHieu,

    /// <summary>Hình thức khen thưởng: Huân chương, Bằng khen, Giấy khen…</summary>
    HinhThuc,
}

/// <summary>An entry of the catalogue of award kinds.</summary>
public sealed record AwardKind(string Id, string Name, AwardLevel Level, AwardForm Form, RecipientType? RecipientType, int Position)
{
    public IReadOnlyList<string> Spellings { get; init; } = [];
}

public static class AwardNames
{
    public static string Of(AwardLevel level) => level switch
    {
        AwardLevel.NhaNuoc => "Nhà nước",
        AwardLevel.ChinhPhu => "Chính phủ",
        AwardLevel.BoNganhTinh => "Bộ, ngành, tỉnh",
        _ => "Cơ sở",
    };

    public static string Of(AwardForm form) => form == AwardForm.DanhHieu ? "Danh hiệu thi đua" : "Hình thức khen thưởng";

    public static string Of(RecipientType type) => RecipientTypes.Name(type);
}
