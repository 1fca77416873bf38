using EmulationPortal.Core.Text;

namespace EmulationPortal.UnitTests.Core.Text;

public class VietnameseDateTests
{
    [Theory]
    [InlineData("ngày 21 tháng 01 năm 2026", 2026, 1, 21)]
    [InlineData("Ngày 21 tháng 1 năm 2026", 2026, 1, 21)]
    [InlineData("NGÀY 21 THÁNG 01 NĂM 2026", 2026, 1, 21)]
    [InlineData("Thanh Hóa, ngày 15 tháng 12 năm 2025", 2025, 12, 15)]
    [InlineData("ngay 15 thang 12 nam 2025", 2025, 12, 15)]
    [InlineData("Thanh Hoa, ngay 5 thang 3 nam 2025", 2025, 3, 5)]
    [InlineData("ngày  21   tháng 01\u00A0năm 2026", 2026, 1, 21)]
    [InlineData("Hà Nội, ngày 05 tháng 3 năm 2025.", 2025, 3, 5)]
    public void TryParse_reads_the_long_form(string text, int year, int month, int day)
    {
        Assert.True(VietnameseDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Fact]
    public void TryParse_reads_the_long_form_written_with_decomposed_characters()
    {
        const string decomposed = "nga\u0300y 21 tha\u0301ng 01 na\u0306m 2026";

        Assert.True(VietnameseDate.TryParse(decomposed, out var date));
        Assert.Equal(new DateOnly(2026, 1, 21), date);
    }

    [Theory]
    [InlineData("21/01/2026")]
    [InlineData("21/1/2026")]
    [InlineData("21-01-2026")]
    [InlineData("21.01.2026")]
    [InlineData("21.1.2026")]
    [InlineData("2026-01-21")]
    [InlineData("  21/01/2026  ")]
    public void TryParse_reads_numeric_forms(string text)
    {
        Assert.True(VietnameseDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2026, 1, 21), date);
    }

    [Theory]
    [InlineData("Quyết định 1197/QĐ-UBND ngày 21/01/2026 của UBND tỉnh", 2026, 1, 21)]
    [InlineData("Hạn nộp hồ sơ: 05/03/2026 (thứ Năm)", 2026, 3, 5)]
    [InlineData("Cập nhật lúc 2026-01-21T08:30:00", 2026, 1, 21)]
    [InlineData("Kế hoạch số 68/2024/KH-UBND, ban hành ngày 9 tháng 2 năm 2024", 2024, 2, 9)]
    public void TryParse_finds_a_date_inside_longer_text(string text, int year, int month, int day)
    {
        Assert.True(VietnameseDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("03/04/2026", 2026, 4, 3)]
    [InlineData("12/11/2025", 2025, 11, 12)]
    [InlineData("01.02.2026", 2026, 2, 1)]
    public void TryParse_reads_numeric_dates_day_first(string text, int year, int month, int day)
    {
        Assert.True(VietnameseDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("12/31/2025")] // Month-first is never tried.
    [InlineData("31/02/2025")]
    [InlineData("30/02/2024")]
    [InlineData("31/04/2025")]
    [InlineData("01/13/2025")]
    [InlineData("00/01/2025")]
    [InlineData("01/00/2025")]
    [InlineData("01/01/0000")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("ngày 31 tháng 02 năm 2025")]
    [InlineData("ngày 0 tháng 1 năm 2025")]
    [InlineData("ngày 1 tháng 13 năm 2025")]
    public void TryParse_rejects_impossible_dates(string text)
    {
        Assert.False(VietnameseDate.TryParse(text, out var date));
        Assert.Equal(default(DateOnly), date);
    }

    [Fact]
    public void TryParse_accepts_29_February_only_in_leap_years()
    {
        Assert.True(VietnameseDate.TryParse("29/02/2024", out var leapDay));
        Assert.Equal(new DateOnly(2024, 2, 29), leapDay);
        Assert.True(VietnameseDate.TryParse("ngày 29 tháng 02 năm 2000", out _));

        Assert.False(VietnameseDate.TryParse("29/02/2025", out _));
        Assert.False(VietnameseDate.TryParse("ngày 29 tháng 02 năm 1900", out _));
    }

    [Theory]
    [InlineData("21/01/26")]
    [InlineData("21-1-26")]
    [InlineData("ngày 21 tháng 01 năm 26")]
    [InlineData("26-01-21")]
    public void TryParse_rejects_two_digit_years(string text)
    {
        Assert.False(VietnameseDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("không có ngày tháng")]
    [InlineData("ngày tháng năm")]
    [InlineData("abc/def/ghij")]
    [InlineData("21/01")]
    [InlineData("tháng 01 năm 2026")]
    [InlineData("1197/QĐ-UBND")]
    [InlineData("68/2024/QĐ-UBND")]
    [InlineData("121/01/20261")]
    [InlineData("21/01-2026")]
    [InlineData("2026/01/21")]
    public void TryParse_rejects_text_without_a_date(string? text)
    {
        Assert.False(VietnameseDate.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_returns_the_first_valid_date_when_there_are_several()
    {
        Assert.True(VietnameseDate.TryParse("từ 31/02/2026 đến 15/03/2026, gia hạn 20/03/2026", out var date));

        Assert.Equal(new DateOnly(2026, 3, 15), date);
    }

    [Theory]
    [InlineData(2026, 1, 21, "21/01/2026")]
    [InlineData(2025, 12, 5, "05/12/2025")]
    [InlineData(2024, 2, 29, "29/02/2024")]
    public void Format_writes_day_month_year_with_slashes(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDate.Format(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(2026, 1, 21, "ngày 21 tháng 01 năm 2026")]
    [InlineData(2026, 2, 1, "ngày 01 tháng 02 năm 2026")]
    [InlineData(2025, 3, 5, "ngày 05 tháng 3 năm 2025")]
    [InlineData(2025, 12, 15, "ngày 15 tháng 12 năm 2025")]
    [InlineData(2025, 10, 9, "ngày 09 tháng 10 năm 2025")]
    public void FormatLong_pads_days_below_10_and_months_1_and_2(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDate.FormatLong(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("Thanh Hóa", 2025, 12, 15, "Thanh Hóa, ngày 15 tháng 12 năm 2025")]
    [InlineData("  Hà Nội ", 2026, 1, 21, "Hà Nội, ngày 21 tháng 01 năm 2026")]
    public void FormatWithPlace_prefixes_the_place(string place, int year, int month, int day, string expected)
    {
        Assert.Equal(expected, VietnameseDate.FormatWithPlace(place, new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void FormatWithPlace_rejects_a_blank_place(string place)
    {
        Assert.Throws<ArgumentException>(() => VietnameseDate.FormatWithPlace(place, new DateOnly(2026, 1, 21)));
    }

    [Theory]
    [InlineData(2026, 1, 21)]
    [InlineData(2024, 2, 29)]
    [InlineData(2025, 12, 31)]
    [InlineData(2025, 3, 5)]
    public void Formatted_dates_parse_back(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.True(VietnameseDate.TryParse(VietnameseDate.Format(date), out var fromShort));
        Assert.True(VietnameseDate.TryParse(VietnameseDate.FormatLong(date), out var fromLong));
        Assert.True(VietnameseDate.TryParse(VietnameseDate.FormatWithPlace("Thanh Hóa", date), out var fromHeader));
        Assert.Equal(date, fromShort);
        Assert.Equal(date, fromLong);
        Assert.Equal(date, fromHeader);
    }
}
