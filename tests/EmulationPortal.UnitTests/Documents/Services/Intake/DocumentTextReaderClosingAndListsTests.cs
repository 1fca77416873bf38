using EmulationPortal.Core.Awards;
using EmulationPortal.Documents.Services.Intake;

namespace EmulationPortal.UnitTests.Documents.Services.Intake;

/// <summary>The signer wherever the closing puts it, the issuer under its parent body, a plan's deadlines and leaders, a decision's list.</summary>
public sealed class DocumentTextReaderClosingAndListsTests
{
    [Fact]
    public void A_signature_above_the_recipients_with_the_name_in_capitals_under_a_parent_body()
    {
        var reading = DocumentTextReader.Read("""
            UBND TỈNH QUẢNG TRỊ
            SỞ NỘI VỤ
            Số: 211/SNV-TĐKT
            V/v đăng ký danh hiệu thi đua năm 2026
            Quảng Trị, ngày 4 tháng 3 năm 2026
            Kính gửi: Các cụm, khối thi đua của tỉnh.
            Sở Nội vụ đề nghị các cụm, khối gửi bản đăng ký về Ban Thi đua - Khen thưởng.
            KT. GIÁM ĐỐC
            PHÓ GIÁM ĐỐC
            (Đã ký)
            PHẠM THỊ THU HIỀN
            Nơi nhận:
            - Như trên;
            - Lưu: VT, TĐKT.
            """);

        Assert.Equal("SỞ NỘI VỤ", reading.Issuer!.Value);
        Assert.Equal(new TextSource(2, 2, "SỞ NỘI VỤ"), reading.Issuer.Source);
        Assert.Equal("Đăng ký danh hiệu thi đua năm 2026", reading.Summary!.Value);
        Assert.Equal(new SignerReading("Phạm Thị Thu Hiền", "PHÓ GIÁM ĐỐC", "KT.", "GIÁM ĐỐC"), reading.Signer!.Value);
        Assert.Equal(Confidence.Medium, reading.Signer.Confidence);
        Assert.Equal((8, 11), (reading.Signer.Source.FirstLine, reading.Signer.Source.LastLine));
        Assert.Equal(["Như trên", "Lưu: VT, TĐKT"], reading.Recipients.Select(r => r.Value));
        // A dispatch cites no legal bases and answers no proposal: neither is reported missing.
        Assert.Empty(reading.NotFound);
    }

    [Fact]
    public void A_name_in_capitals_after_the_recipients_is_read_and_a_position_is_not_taken_for_a_name()
    {
        var reading = DocumentTextReader.Read("""
            BAN THI ĐUA - KHEN THƯỞNG
            Số: 14/BC-BTĐKT
            Hà Nội, ngày 1 tháng 6 năm 2026
            BÁO CÁO
            Sơ kết công tác thi đua sáu tháng đầu năm 2026
            Nơi nhận:
            - Hội đồng Thi đua - Khen thưởng;
            - Lưu: VT.
            TRƯỞNG BAN
            TRƯƠNG CÔNG MINH
            """);

        Assert.Equal(new SignerReading("Trương Công Minh", "TRƯỞNG BAN", null, null), reading.Signer!.Value);
    }

    [Fact]
    public void A_text_saved_as_markdown_reads_like_its_paper()
    {
        var reading = DocumentTextReader.Read("""
            ## KẾ HOẠCH
            ### Hoạt động của Khối thi đua các hội đặc thù năm 2026
            Căn cứ Hướng dẫn số 41/HD-SNV ngày 2 tháng 1 năm 2026 của Sở Nội vụ;
            **KHỐI TRƯỞNG**
            **Mai Xuân Trường**
            """);

        Assert.Equal("Kế hoạch", reading.Kind!.Value.Name);
        Assert.Equal("Hoạt động của Khối thi đua các hội đặc thù năm 2026", reading.Summary!.Value);
        Assert.Equal("Mai Xuân Trường", reading.Signer!.Value.Name);
    }

    [Fact]
    public void A_plans_deadlines_and_leading_units()
    {
        var reading = DocumentTextReader.Read("""
            CỤM THI ĐUA SỐ 7
            Số: 02/KH-CTĐ7
            Hà Tĩnh, ngày 8 tháng 1 năm 2026
            KẾ HOẠCH
            Hoạt động của Cụm thi đua số 7 năm 2026
            Căn cứ Quy chế số 3/QC-CTĐ7 ngày 15 tháng 1 năm 2025 của Cụm thi đua số 7;
            I. TỔ CHỨC
            Năm 2026, Cụm trưởng: Ủy ban nhân dân xã Kỳ Anh; Cụm phó: Ủy ban nhân dân xã Cẩm Xuyên.
            II. TIẾN ĐỘ
            1. Trước ngày 15/11/2025, các đơn vị gửi bản đăng ký giao ước thi đua về Cụm trưởng.
            2. Tháng 12/2026: tổ chức hội nghị tổng kết và bình xét thi đua.
            3. Các đơn vị nộp báo cáo tổng kết chậm nhất ngày 20 tháng 11 năm 2026.
            4. Hội nghị sơ kết dự kiến từ ngày 10/6 đến ngày 15/6/2026 tại xã Kỳ Anh.
            5. Thực hiện Kế hoạch số 9/KH-UBND ngày 3/1/2026 của Ủy ban nhân dân tỉnh.
            6. Báo cáo tháng 13/2026 không có thật.
            Nơi nhận:
            - Các đơn vị trong cụm;
            - Lưu: VT.
            TM. CỤM THI ĐUA SỐ 7
            CỤM TRƯỞNG
            Võ Thị Lan
            """);

        Assert.Equal("Plan", reading.Kind!.Value.ContentType);
        Assert.Equal(
            [
                (new DateOnly(2025, 11, 15), "Các đơn vị gửi bản đăng ký giao ước thi đua về Cụm trưởng", Confidence.High, 10),
                (new DateOnly(2026, 12, 31), "Tổ chức hội nghị tổng kết và bình xét thi đua", Confidence.Medium, 11),
                (new DateOnly(2026, 11, 20), "Các đơn vị nộp báo cáo tổng kết", Confidence.High, 12),
                (new DateOnly(2026, 6, 15), "Hội nghị sơ kết dự kiến từ ngày 10/6 tại xã Kỳ Anh", Confidence.High, 13),
            ],
            reading.Milestones.Select(m => (m.Value.Due, m.Value.Text, m.Confidence, m.Source.FirstLine)));
        Assert.Equal(
            [new TermUnitReading("Leader", "Ủy ban nhân dân xã Kỳ Anh"), new TermUnitReading("Deputy", "Ủy ban nhân dân xã Cẩm Xuyên")],
            reading.TermUnits.Select(t => t.Value));
        Assert.Empty(reading.Awards);
        Assert.Empty(reading.NotFound);
    }

    [Fact]
    public void Leading_units_written_as_is_or_in_brackets_and_a_deputy_head_is_not_the_leader()
    {
        var reading = DocumentTextReader.Read("""
            KẾ HOẠCH
            Tổ chức hội nghị tổng kết Khối thi đua năm 2025
            1. Địa điểm tại đơn vị Khối trưởng (Sở Tư pháp tỉnh Thanh Hóa).
            2. Phó Trưởng khối là Hội Nông dân tỉnh, phối hợp chuẩn bị tài liệu.
            """);

        Assert.Equal(
            [new TermUnitReading("Leader", "Sở Tư pháp tỉnh Thanh Hóa"), new TermUnitReading("Deputy", "Hội Nông dân tỉnh")],
            reading.TermUnits.Select(t => t.Value));
        Assert.Contains("Không tìm thấy căn cứ ban hành", reading.NotFound);
        Assert.DoesNotContain("Không tìm thấy đề nghị (tờ trình) mà văn bản trả lời", reading.NotFound);
    }

    private const string DecisionHead = """
        ỦY BAN NHÂN DÂN
        TỈNH HÀ TĨNH
        Số: 77/QĐ-UBND
        Hà Tĩnh, ngày 9 tháng 1 năm 2026
        QUYẾT ĐỊNH
        Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
        Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
        Xét đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 5 tháng 1 năm 2026.
        QUYẾT ĐỊNH:
        """;

    private const string DecisionClosing = """
        Nơi nhận:
        - Như Điều 2;
        - Lưu: VT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Hồng Lĩnh
        """;

    [Fact]
    public void An_attached_list_flattened_from_a_word_table_gives_the_award_lines()
    {
        var text = DecisionHead
            + "\nĐiều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể và 02 cá nhân (có danh sách kèm theo).\n"
            + "Điều 2. Chánh Văn phòng và các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.\n"
            + DecisionClosing
            + "\nDANH SÁCH TẬP THỂ, CÁ NHÂN\nĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
            + "(Kèm theo Quyết định số 77/QĐ-UBND ngày 9 tháng 1 năm 2026)\n"
            + "I. TẬP THỂ\n"
            + "STT\tTên tập thể\tĐơn vị\n"
            + "1\tPhòng Văn hóa - Xã hội\tỦy ban nhân dân xã Kỳ Anh\n"
            + "2\tTrạm Y tế xã Cẩm Xuyên\t\n"
            + "II. CÁ NHÂN\n"
            + "1.  Bà Hồ Thị Nga      Chủ tịch Hội Phụ nữ xã Kỳ Anh\n"
            + "2. Ông Lê Quang Huy, Công chức Văn phòng - Thống kê xã Cẩm Xuyên\n"
            + "Tổng cộng: 02 tập thể, 02 cá nhân.\n";

        var reading = DocumentTextReader.Read(text);

        const string kind = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
        Assert.Equal("AwardDecision", reading.Kind!.Value.ContentType);
        Assert.Equal(
            [
                new AwardEntry(kind, RecipientType.Collective, "Phòng Văn hóa - Xã hội", "Ủy ban nhân dân xã Kỳ Anh", null),
                new AwardEntry(kind, RecipientType.Collective, "Trạm Y tế xã Cẩm Xuyên", null, null),
                new AwardEntry(kind, RecipientType.Individual, "Bà Hồ Thị Nga", "Chủ tịch Hội Phụ nữ xã Kỳ Anh", null),
                new AwardEntry(kind, RecipientType.Individual, "Ông Lê Quang Huy", "Công chức Văn phòng - Thống kê xã Cẩm Xuyên", null),
            ],
            reading.Awards.Select(a => a.Value));
        Assert.Equal(new TextSource(24, 24, "1\tPhòng Văn hóa - Xã hội\tỦy ban nhân dân xã Kỳ Anh"), reading.Awards[0].Source);
        Assert.Empty(reading.AwardProblems);
        Assert.Equal("Nguyễn Hồng Lĩnh", reading.Signer!.Value.Name);
    }

    [Fact]
    public void A_list_in_the_first_article_and_a_second_list_whose_kind_is_only_in_capitals()
    {
        var text = DecisionHead
            + "\nĐiều 1. Tặng danh hiệu Tập thể lao động xuất sắc cho các tập thể sau:\n"
            + "1. Phòng Nội vụ huyện Hương Sơn;\n"
            + "2. Trường Tiểu học Sơn Kim.\n"
            + "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
            + DecisionClosing
            + "\nDANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\n"
            + "1\tNguyễn Văn Tâm\tKế toán\n"
            + "2\t\n";

        var reading = DocumentTextReader.Read(text);

        Assert.Equal(
            [
                new AwardEntry("Tập thể lao động xuất sắc", RecipientType.Collective, "Phòng Nội vụ huyện Hương Sơn", null, null),
                new AwardEntry("Tập thể lao động xuất sắc", RecipientType.Collective, "Trường Tiểu học Sơn Kim", null, null),
                new AwardEntry("Giấy khen", RecipientType.Individual, "Nguyễn Văn Tâm", "Kế toán", null),
            ],
            reading.Awards.Select(a => a.Value));
    }

    [Fact]
    public void A_list_laid_out_by_a_pdf_in_parts_per_kind_takes_each_kind_in_the_decisions_own_case()
    {
        var text = DecisionHead
            + "\nĐiều 1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 01 tập thể; tặng Bằng khen của Chủ tịch Ủy ban\n"
            + "nhân dân tỉnh cho 01 tập thể và 01 cá nhân (có danh sách kèm theo).\n"
            + DecisionClosing
            + "\n                                DANH SÁCH\n"
            + "             Tập thể, cá nhân được khen thưởng năm 2025\n"
            + "I. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH\n"
            + "  Tập thể:\n"
            + "   1. Ủy ban nhân dân xã Sơn Kim\n"
            + "II. BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
            + "  1. Tập thể:\n"
            + "   1. Trường Mầm non Sơn Tây\n"
            + "  2. Cá nhân:\n"
            + "  1. Đặng Văn Quý              Ủy ban nhân dân xã Sơn Kim\n"
            + "Danh sách gồm 2 tập thể và 1 cá nhân./.\n";

        var reading = DocumentTextReader.Read(text);

        Assert.Equal(
            [
                new AwardEntry("Cờ thi đua của Ủy ban nhân dân tỉnh", RecipientType.Collective, "Ủy ban nhân dân xã Sơn Kim", null, null),
                new AwardEntry("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", RecipientType.Collective, "Trường Mầm non Sơn Tây", null, null),
                new AwardEntry("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", RecipientType.Individual, "Đặng Văn Quý", "Ủy ban nhân dân xã Sơn Kim", null),
            ],
            reading.Awards.Select(a => a.Value));
    }

    [Fact]
    public void A_citation_wrapped_before_its_date_is_no_deadline()
    {
        var reading = DocumentTextReader.Read("""
            KẾ HOẠCH
            Thi đua năm 2026
            - Tiếp tục thực hiện Kết luận số 01-KL/TW
            ngày 18/5/2021 của Bộ Chính trị.
            - Trước ngày 5/12/2026, các đơn vị chấm điểm thi đua.
            """);

        Assert.Equal([(new DateOnly(2026, 12, 5), "Các đơn vị chấm điểm thi đua")], reading.Milestones.Select(m => (m.Value.Due, m.Value.Text)));
    }
}
