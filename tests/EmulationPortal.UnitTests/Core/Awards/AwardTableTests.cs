using EmulationPortal.Core.Awards;

namespace EmulationPortal.UnitTests.Core.Awards;

/// <summary>Lists as office staff paste them from Excel sheets and Word tables, messy as they come.</summary>
public sealed class AwardTableTests
{
    private static List<(string Kind, RecipientType Type, string Recipient, string? Unit)> Entries(string text) => Entries(AwardTable.Read(text));

    private static List<(string Kind, RecipientType Type, string Recipient, string? Unit)> Entries(AwardTableReading reading) =>
        reading.Rows.Select(r => (r.Entry.Kind, r.Entry.RecipientType, r.Entry.Recipient, r.Entry.Unit)).ToList();

    [Fact]
    public void Tab_separated_rows_give_kind_type_recipient_and_unit()
    {
        var reading = AwardTable.Read("Cờ thi đua của UBND tỉnh\tTập thể\tThống kê cơ sở Đô Lương\tHuyện Đô Lương\n"
            + "Bằng khen của Chủ tịch UBND tỉnh\tCá nhân\tNguyễn Thị Hoa\tThống kê cơ sở Đô Lương\n");

        Assert.Empty(reading.Problems);
        Assert.Equal(
            [
                ("Cờ thi đua của UBND tỉnh", RecipientType.Collective, "Thống kê cơ sở Đô Lương", "Huyện Đô Lương"),
                ("Bằng khen của Chủ tịch UBND tỉnh", RecipientType.Individual, "Nguyễn Thị Hoa", "Thống kê cơ sở Đô Lương"),
            ],
            Entries(reading));
        Assert.Equal([1, 2], reading.Rows.Select(r => r.SourceLine));
    }

    [Theory]
    [InlineData("Tập thể", RecipientType.Collective)]
    [InlineData("TẬP THỂ", RecipientType.Collective)]
    [InlineData("tt", RecipientType.Collective)]
    [InlineData("TT", RecipientType.Collective)]
    [InlineData("Cá nhân", RecipientType.Individual)]
    [InlineData("cá  nhân", RecipientType.Individual)]
    [InlineData("CN", RecipientType.Individual)]
    [InlineData("Ca nhan", RecipientType.Individual)]
    public void Collective_or_individual_is_read_in_any_case_and_abbreviation(string written, RecipientType expected) =>
        Assert.Equal(expected, Assert.Single(Entries($"Giấy khen\t{written}\tTổ Văn phòng\tSở Nội vụ")).Type);

    [Fact]
    public void A_header_row_a_row_number_column_and_empty_lines_are_skipped()
    {
        var reading = AwardTable.Read("STT\tHình thức khen thưởng\tTập thể, cá nhân\tHọ và tên\tĐơn vị công tác\r\n"
            + "\r\n"
            + "1\tGiấy khen\tCN\tBà Lê Thị Mai\tUBND xã Hạnh Lâm\r\n"
            + "   \r\n"
            + "2.\tGiấy khen\tCN\tÔng Trần Văn Nam\tUBND xã Hạnh Lâm\r\n"
            + "\t\t\t\t\r\n");

        Assert.Empty(reading.Problems);
        Assert.Equal(
            [
                ("Giấy khen", RecipientType.Individual, "Bà Lê Thị Mai", "UBND xã Hạnh Lâm"),
                ("Giấy khen", RecipientType.Individual, "Ông Trần Văn Nam", "UBND xã Hạnh Lâm"),
            ],
            Entries(reading));
        Assert.Equal([3, 5], reading.Rows.Select(r => r.SourceLine));
    }

    [Fact]
    public void A_header_headed_TT_is_a_header_not_a_collective()
    {
        var reading = AwardTable.Read("TT\tHình thức\tĐối tượng\tHọ tên\tĐơn vị\n1\tGiấy khen\tTT\tTổ Kế toán\tSở Tài chính\n");

        Assert.Empty(reading.Problems);
        Assert.Equal([("Giấy khen", RecipientType.Collective, "Tổ Kế toán", (string?)"Sở Tài chính")], Entries(reading));
    }

    [Fact]
    public void Merged_cells_paste_empty_and_carry_the_kind_and_type_from_above()
    {
        const string text = "1\tBằng khen của Chủ tịch UBND tỉnh\tCá nhân\tNguyễn Văn An\tXã Hạnh Lâm\n"
            + "2\t\t\tTrần Thị Bình\tXã Hạnh Lâm\n"
            + "3\t\tTập thể\tTrường THCS Hạnh Lâm\t\n"
            + "\tGiấy khen\t\tTổ Kế toán\tXã Thanh Đức\n";

        Assert.Equal(
            [
                ("Bằng khen của Chủ tịch UBND tỉnh", RecipientType.Individual, "Nguyễn Văn An", "Xã Hạnh Lâm"),
                ("Bằng khen của Chủ tịch UBND tỉnh", RecipientType.Individual, "Trần Thị Bình", "Xã Hạnh Lâm"),
                ("Bằng khen của Chủ tịch UBND tỉnh", RecipientType.Collective, "Trường THCS Hạnh Lâm", null),
                ("Giấy khen", RecipientType.Collective, "Tổ Kế toán", "Xã Thanh Đức"),
            ],
            Entries(text));
    }

    [Fact]
    public void An_empty_type_cell_with_nothing_above_and_no_hint_in_the_kind_is_reported()
    {
        var reading = AwardTable.Read("Giấy khen\t\tHồ Văn Cường\tXã Thanh Đức\n");

        var problem = Assert.Single(reading.Problems);
        Assert.Equal("không rõ là tập thể hay cá nhân", problem.Reason);
        Assert.Empty(reading.Rows);
    }

    [Fact]
    public void Non_breaking_and_repeated_spaces_are_one_space_and_prefixes_stay_as_written()
    {
        Assert.Equal(
            [("Chiến sĩ thi đua cơ sở", RecipientType.Individual, "Ông Nguyễn Văn An", (string?)"UBND xã Hạnh Lâm")],
            Entries("\u00A0 Chiến sĩ  thi\u00A0đua cơ sở \t cá\u00A0nhân\tÔng   Nguyễn Văn\u202FAn\u200B\t UBND  xã Hạnh Lâm \u00A0\n"));
    }

    [Fact]
    public void Two_columns_are_kind_and_recipient_when_the_kind_says_who_it_is_for()
    {
        var reading = AwardTable.Read("Tập thể lao động xuất sắc\tPhòng Thống kê Đô Lương\n"
            + "Chiến sĩ thi đua cơ sở\tNguyễn Thị Hoa\n"
            + "Cờ thi đua của UBND tỉnh\tUBND xã Thanh Đức\n"
            + "Giấy khen\tLê Văn Dũng\n");

        Assert.Equal(
            [
                ("Tập thể lao động xuất sắc", RecipientType.Collective, "Phòng Thống kê Đô Lương", null),
                ("Chiến sĩ thi đua cơ sở", RecipientType.Individual, "Nguyễn Thị Hoa", null),
                ("Cờ thi đua của UBND tỉnh", RecipientType.Collective, "UBND xã Thanh Đức", null),
            ],
            Entries(reading));
        var problem = Assert.Single(reading.Problems);
        Assert.Equal(4, problem.SourceLine);
        Assert.Contains("không cho biết là tập thể hay cá nhân", problem.Reason);
    }

    [Fact]
    public void Three_columns_whose_kind_says_who_it_is_for_end_with_the_unit()
    {
        Assert.Equal(
            [("Chiến sĩ thi đua cơ sở", RecipientType.Individual, "Nguyễn Thị Hoa", (string?)"Chi cục Thống kê Đô Lương")],
            Entries("Chiến sĩ thi đua cơ sở\tNguyễn Thị Hoa\tChi cục Thống kê Đô Lương"));
    }

    [Fact]
    public void Quoted_cells_from_Excel_keep_their_tabs_and_line_breaks_as_spaces_and_their_doubled_quotes()
    {
        const string text = "Giấy khen\t\"Cá nhân\"\t\"Nguyễn Văn An\n(Trưởng phòng)\"\t\"Công ty \"\"Sông Lam\"\"\tchi nhánh Vinh\"\r\n"
            + "Giấy khen\tCá nhân\tTrần Thị Bình\tXã Hạnh Lâm\r\n";

        var reading = AwardTable.Read(text);

        Assert.Empty(reading.Problems);
        Assert.Equal(
            [
                ("Giấy khen", RecipientType.Individual, "Nguyễn Văn An (Trưởng phòng)", "Công ty \"Sông Lam\" chi nhánh Vinh"),
                ("Giấy khen", RecipientType.Individual, "Trần Thị Bình", "Xã Hạnh Lâm"),
            ],
            Entries(reading));
        Assert.Equal([1, 3], reading.Rows.Select(r => r.SourceLine));
    }

    [Fact]
    public void A_quote_that_never_closes_is_the_text_own()
    {
        Assert.Equal(
            [("Giấy khen", RecipientType.Collective, "\"Đội thanh niên xung kích", (string?)"Xã Hạnh Lâm")],
            Entries("Giấy khen\tTập thể\t\"Đội thanh niên xung kích\tXã Hạnh Lâm\n"));
    }

    [Fact]
    public void Rows_that_cannot_be_read_are_reported_with_their_line_and_the_reason()
    {
        var reading = AwardTable.Read("Danh sách kèm theo Quyết định\n"
            + "\tCá nhân\tNguyễn Văn An\tXã Hạnh Lâm\n"
            + "Giấy khen\tHội viên\tNguyễn Văn An\tXã Hạnh Lâm\n"
            + "Giấy khen\tCá nhân\t\tXã Hạnh Lâm\n"
            + "Giấy khen\tCá nhân\tNguyễn Văn Bảy\tXã Hạnh Lâm\n");

        Assert.Equal(
            [
                (1, "chỉ có một ô: cần ít nhất hình thức khen thưởng và tên tập thể, cá nhân"),
                (2, "thiếu hình thức khen thưởng"),
                (3, "không rõ là tập thể hay cá nhân: “Hội viên” (ghi “Tập thể”, “Cá nhân”, “TT” hoặc “CN”)"),
                (4, "thiếu tên tập thể, cá nhân"),
            ],
            reading.Problems.Select(p => (p.SourceLine, p.Reason)));
        Assert.Equal("Giấy khen | Hội viên | Nguyễn Văn An | Xã Hạnh Lâm", reading.Problems[2].Text);
        Assert.Equal("Nguyễn Văn Bảy", Assert.Single(reading.Rows).Entry.Recipient);
    }

    [Fact]
    public void Nothing_pasted_reads_nothing()
    {
        Assert.Empty(AwardTable.Read(null).Rows);
        Assert.Empty(AwardTable.Read(" \r\n\t\n").Problems);
    }

    [Fact]
    public void A_row_with_a_kind_naming_collective_words_is_not_taken_for_a_header()
    {
        Assert.Equal(
            [("Danh hiệu thi đua", RecipientType.Collective, "Tổ Công tác", (string?)null)],
            Entries("Danh hiệu thi đua\tTập thể\tTổ Công tác\n"));
    }
}
