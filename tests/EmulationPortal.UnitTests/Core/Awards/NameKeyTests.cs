using EmulationPortal.Core.Awards;

namespace EmulationPortal.UnitTests.Core.Awards;

public class NameKeyTests
{
    [Theory]
    [InlineData("Ủy ban nhân dân xã Hạnh Lâm", "UBND xã Hạnh Lâm")]
    [InlineData("Ủy ban nhân dân xã Hạnh Lâm", "UBND  Xã   Hạnh Lâm")]
    [InlineData("Ủy ban nhân dân xã Hạnh Lâm", "Uỷ ban nhân dân xã Hạnh Lâm")]
    [InlineData("Ủy ban nhân dân xã Hạnh Lâm", "U\u0309y ban nhân dân xã Hạnh Lâm")]
    [InlineData("Ủy ban nhân dân xã Hạnh Lâm", "uy ban nhan dan xa hanh lam")]
    [InlineData("Ủy ban nhân dân xã Hạnh Lâm", "UBND xã Hạnh Lâm.")]
    [InlineData("Ủy ban nhân dân xã Hạnh Lâm", "UBND\u00A0xã Hạnh\tLâm")]
    [InlineData("Cờ thi đua của Ủy ban nhân dân tỉnh", "Cờ thi đua của UBND tỉnh")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Vinh", "UBMTTQ Việt Nam TP. Vinh")]
    [InlineData("Chiến sĩ thi đua cơ sở", "CSTĐ cơ sở")]
    [InlineData("Bằng khen của Thủ tướng Chính phủ", "Bằng khen của TTCP")]
    [InlineData("Trường Trung học cơ sở Đặng Thai Mai", "Trường THCS Đặng Thai Mai")]
    public void Two_spellings_of_one_name_share_a_key(string official, string written) =>
        Assert.Equal(NameKey.Of(official), NameKey.Of(written));

    [Theory]
    [InlineData("Xã Hạnh Lâm", "Xã Hạnh Lạc")]
    [InlineData("Thống kê cơ sở Đô Lương", "Thống kê cơ sở Đô Lương 2")]
    [InlineData("Hội Nông dân tỉnh", "Hội Nông dân huyện")]
    public void Different_names_keep_different_keys(string one, string other) =>
        Assert.NotEqual(NameKey.Of(one), NameKey.Of(other));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    [InlineData("– . , ;")]
    public void Nothing_to_name_gives_an_empty_key(string? name) => Assert.Equal("", NameKey.Of(name));
}
