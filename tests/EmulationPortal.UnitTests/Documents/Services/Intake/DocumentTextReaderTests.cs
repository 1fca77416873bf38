using System.Diagnostics;
using EmulationPortal.Documents.Services.Intake;

namespace EmulationPortal.UnitTests.Documents.Services.Intake;

public sealed class DocumentTextReaderTests
{
    /// <summary>Every field of a reading as plain values, so one assertion shows every difference.</summary>
    private sealed record Fields(
        string? Kind,
        string? ContentType,
        string? Number,
        string? Place,
        DateOnly? IssuedOn,
        string? Issuer,
        string? Summary,
        string? Signer,
        string LegalBases,
        string? Proposal,
        string? ProposalNumber,
        string Recipients,
        string Marks,
        string NotFound);

    private static Fields FieldsOf(DocumentReading r) => new(
        r.Kind?.Value.Name,
        r.Kind?.Value.ContentType,
        r.Number?.Value,
        r.Place?.Value,
        r.IssuedOn?.Value,
        r.Issuer?.Value,
        r.Summary?.Value,
        r.Signer is { Value: var s } ? $"{s.Name} | {s.Position} | {s.Mode} | {s.SignsFor}{(s.OnBehalfOf is null ? "" : $" | {s.OnBehalfOf}")}" : null,
        string.Join("\n", r.LegalBases.Select(b => b.Value)),
        r.Proposal?.Value.Text,
        r.Proposal?.Value.Number,
        string.Join(" | ", r.Recipients.Select(x => x.Value)),
        string.Join(" | ", r.Marks.Select(x => x.Value)),
        string.Join(" | ", r.NotFound));

    private const string ProvincialAwardDecision = """
        ỦY BAN NHÂN DÂN
        TỈNH QUẢNG TRỊ
        ---------------
        Số: 1342/QĐ-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------
        Quảng Trị, ngày 18 tháng 12 năm 2025

        QUYẾT ĐỊNH
        Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
        cho các tập thể có thành tích trong phong trào thi đua năm 2025
        ------------
        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

        Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
        Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
        Căn cứ Nghị định số 152/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định chi tiết
        một số điều của Luật Thi đua, khen thưởng;
        Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 418/TTr-SNV ngày 10 tháng 12 năm 2025.

        QUYẾT ĐỊNH:
        Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 04 tập thể (có danh sách kèm theo).
        Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.

        Nơi nhận:
        - Như Điều 2;
        - Chủ tịch, các PCT UBND tỉnh;
        - Ban Thi đua - Khen thưởng;
        - Lưu: VT, TĐKT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        (Đã ký)

        Hoàng Minh Khải
        """;

    [Fact]
    public void A_provincial_award_decision_gives_every_field()
    {
        var reading = DocumentTextReader.Read(ProvincialAwardDecision);

        Assert.Equal(new Fields(
            "Quyết định", "AwardDecision", "1342/QĐ-UBND", "Quảng Trị", new DateOnly(2025, 12, 18),
            "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
            "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể có thành tích trong phong trào thi đua năm 2025",
            "Hoàng Minh Khải | CHỦ TỊCH | TM. | ỦY BAN NHÂN DÂN",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025\n"
            + "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022\n"
            + "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
            "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 418/TTr-SNV ngày 10 tháng 12 năm 2025", "418/TTr-SNV",
            "Như Điều 2 | Chủ tịch, các PCT UBND tỉnh | Ban Thi đua - Khen thưởng | Lưu: VT, TĐKT",
            "", ""), FieldsOf(reading));
    }

    [Fact]
    public void Each_field_says_where_it_came_from_and_how_sure_the_reader_is()
    {
        var reading = DocumentTextReader.Read(ProvincialAwardDecision);

        Assert.Equal(new TextSource(4, 4, "Số: 1342/QĐ-UBND"), reading.Number!.Source);
        Assert.Equal(Confidence.High, reading.Number.Confidence);
        Assert.Equal(new TextSource(1, 2, "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ"), reading.Issuer!.Source);
        Assert.Equal(new TextSource(8, 8, "Quảng Trị, ngày 18 tháng 12 năm 2025"), reading.IssuedOn!.Source);
        Assert.Equal((18, 19), (reading.LegalBases[2].Source.FirstLine, reading.LegalBases[2].Source.LastLine));
        Assert.Equal((10, 10), (reading.Kind!.Source.FirstLine, reading.Kind.Source.LastLine));
        Assert.Equal((11, 12), (reading.Summary!.Source.FirstLine, reading.Summary.Source.LastLine));
        Assert.Equal((31, 36), (reading.Signer!.Source.FirstLine, reading.Signer.Source.LastLine));
        Assert.All(reading.Recipients, r => Assert.Equal(Confidence.High, r.Confidence));
    }

    [Fact]
    public void A_clusters_plan_with_odd_number_spacing_and_a_date_without_leading_zeros()
    {
        var reading = DocumentTextReader.Read("""
            CỤM THI ĐUA SỐ 12
            CÁC HUYỆN MIỀN TÂY NGHỆ AN
            Số:   05 /KH-CTĐ12
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập – Tự do – Hạnh phúc
            Nghệ An, ngày  5 tháng 1  năm 2026
            KẾ HOẠCH
            Tổ chức phong trào thi đua của Cụm thi đua số 12 năm 2026
            Căn cứ Kế hoạch số 14/KH-UBND ngày 2 tháng 1 năm 2026 của Ủy ban nhân dân tỉnh về công tác
            thi đua, khen thưởng năm 2026;
            Cụm thi đua số 12 xây dựng Kế hoạch tổ chức phong trào thi đua năm 2026 như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            1. Đẩy mạnh các phong trào thi đua yêu nước trong các đơn vị thành viên.
            II. TIẾN ĐỘ THỰC HIỆN
            - Trước ngày 15/3/2026: các đơn vị đăng ký thi đua.
            Nơi nhận:
            - Ban Thi đua - Khen thưởng tỉnh;
            - Các đơn vị thành viên Cụm thi đua
            số 12;
            - Lưu: Cụm.
            TM. CỤM THI ĐUA SỐ 12
            CỤM TRƯỞNG
            Lô Thị Hà
            """);

        Assert.Equal(new Fields(
            "Kế hoạch", "Plan", "05/KH-CTĐ12", "Nghệ An", new DateOnly(2026, 1, 5),
            "CỤM THI ĐUA SỐ 12 CÁC HUYỆN MIỀN TÂY NGHỆ AN",
            "Tổ chức phong trào thi đua của Cụm thi đua số 12 năm 2026",
            "Lô Thị Hà | CỤM TRƯỞNG | TM. | CỤM THI ĐUA SỐ 12",
            "Căn cứ Kế hoạch số 14/KH-UBND ngày 2 tháng 1 năm 2026 của Ủy ban nhân dân tỉnh về công tác thi đua, khen thưởng năm 2026",
            null, null,
            "Ban Thi đua - Khen thưởng tỉnh | Các đơn vị thành viên Cụm thi đua số 12 | Lưu: Cụm",
            "", ""), FieldsOf(reading));
        Assert.Equal(Confidence.High, reading.Number!.Confidence);
    }

    [Fact]
    public void A_notice_signed_by_order_of_the_director()
    {
        var reading = DocumentTextReader.Read("""
            SỞ NỘI VỤ TỈNH HÀ TĨNH
            BAN THI ĐUA - KHEN THƯỞNG
            Số: 87/TB-BTĐKT
            Hà Tĩnh, ngày 03 tháng 11 năm 2025
            THÔNG BÁO
            Kết quả chấm điểm thi đua các cụm, khối năm 2025
            Căn cứ Hướng dẫn số 22/HD-BTĐKT ngày 10 tháng 9 năm 2025 của Ban Thi đua - Khen thưởng;
            Ban Thi đua - Khen thưởng thông báo kết quả như sau:
            1. Cụm thi đua số 1: đơn vị dẫn đầu là Sở Tài chính.
            Nơi nhận:
            - Các cụm, khối thi đua;
            - Lưu: VT.
            TL. GIÁM ĐỐC
            TRƯỞNG BAN
            Trần Đức Lương
            """);

        Assert.Equal(new Fields(
            "Thông báo", "Document", "87/TB-BTĐKT", "Hà Tĩnh", new DateOnly(2025, 11, 3),
            "BAN THI ĐUA - KHEN THƯỞNG",
            "Kết quả chấm điểm thi đua các cụm, khối năm 2025",
            "Trần Đức Lương | TRƯỞNG BAN | TL. | GIÁM ĐỐC",
            "Căn cứ Hướng dẫn số 22/HD-BTĐKT ngày 10 tháng 9 năm 2025 của Ban Thi đua - Khen thưởng",
            null, null,
            "Các cụm, khối thi đua | Lưu: VT",
            "", ""), FieldsOf(reading));
    }

    [Fact]
    public void An_urgent_dispatch_reads_its_subject_from_the_vv_line()
    {
        var reading = DocumentTextReader.Read("""
            ỦY BAN NHÂN DÂN
            TỈNH THANH HÓA
            Số: 2315/UBND-VX
            V/v tổng kết phong trào thi đua
            yêu nước giai đoạn 2021 - 2025
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Thanh Hóa, ngày 21 tháng 10 năm 2025
            KHẨN
            Kính gửi:
            - Các sở, ban, ngành cấp tỉnh;
            - Ủy ban nhân dân các xã, phường.
            Thực hiện chỉ đạo của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đề nghị các đơn vị báo cáo tổng kết trước ngày 15/11/2025.
            Nơi nhận:
            - Như trên;
            - Lưu: VT, VX.
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Đầu Thanh Tùng
            """);

        Assert.Equal(new Fields(
            "Công văn", "Document", "2315/UBND-VX", "Thanh Hóa", new DateOnly(2025, 10, 21),
            "ỦY BAN NHÂN DÂN TỈNH THANH HÓA",
            "Tổng kết phong trào thi đua yêu nước giai đoạn 2021 - 2025",
            "Đầu Thanh Tùng | PHÓ CHỦ TỊCH | KT. | CHỦ TỊCH",
            "", null, null,
            "Như trên | Lưu: VT, VX",
            "KHẨN",
            ""), FieldsOf(reading));
    }

    [Fact]
    public void A_report_with_crlf_page_numbers_and_no_colon_after_so()
    {
        var text = string.Join("\r\n",
            "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG",
            "Số 12/BC-KTĐ",
            "Huế, ngày 9 tháng 12 năm 2025",
            "BÁO CÁO",
            "Tổng kết công tác thi đua, khen thưởng năm 2025",
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Các đơn vị trong khối đã tổ chức ký kết giao ước thi đua từ đầu năm và",
            "- 2 -",
            "thực hiện đầy đủ các nội dung đã đăng ký.",
            "Trang 3",
            "Nơi nhận:",
            "- Ban Thi đua - Khen thưởng thành phố;",
            "- Các đơn vị trong khối.",
            "KHỐI TRƯỞNG",
            "Phan Thị Ngọc Anh");

        var reading = DocumentTextReader.Read(text);

        Assert.Equal(new Fields(
            "Báo cáo", "Document", "12/BC-KTĐ", "Huế", new DateOnly(2025, 12, 9),
            "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG",
            "Tổng kết công tác thi đua, khen thưởng năm 2025",
            "Phan Thị Ngọc Anh | KHỐI TRƯỞNG |  | ",
            "", null, null,
            "Ban Thi đua - Khen thưởng thành phố | Các đơn vị trong khối",
            "",
            ""), FieldsOf(reading));
        Assert.Equal(Confidence.Medium, reading.Number!.Confidence);
        Assert.Equal(15, reading.Signer!.Source.LastLine);
    }

    [Fact]
    public void A_scanned_text_with_ocr_slips()
    {
        var reading = DocumentTextReader.Read("""
            UY BAN NHAN DAN
            TINH QUANG NGAI
            Sô: 27/QD-UBND
            CONG HOA XA HOI CHU NGHIA VIET NAM
            Doc lap - Tu do - Hanh phuc
            Quảng Ngãi, ngay 7 thang 3 nam 2026
            QUYET DINH
            Về việc tặng Cờ thi đua cho các đơn vị dẫn đầu
            CHU TICH UY BAN NHAN DAN TINH
            Can cứ Luật Thi dua, khen thưởng ngày 15 tháng 6 năm 2022;
            Xét đề nghị của Trưởng ban Thi đua - Khen thưởng tại Tờ trình sô 31/TTr-BTDKT.
            QUYẾT ĐỊNH:
            Điều 1. Tặng Cờ thi đua cho 02 đơn vị.
            Noi nhan:
            - Như Điều 3;
            - Luu: VT.
            KT . CHU TICH
            PHO CHU TICH
            Nguyen Van Phuc
            """);

        Assert.Equal(new Fields(
            "Quyết định", "AwardDecision", "27/QĐ-UBND", "Quảng Ngãi", new DateOnly(2026, 3, 7),
            "UY BAN NHAN DAN TINH QUANG NGAI",
            "Về việc tặng Cờ thi đua cho các đơn vị dẫn đầu",
            "Nguyen Van Phuc | PHO CHU TICH | KT. | CHU TICH",
            "Can cứ Luật Thi dua, khen thưởng ngày 15 tháng 6 năm 2022",
            "Xét đề nghị của Trưởng ban Thi đua - Khen thưởng tại Tờ trình sô 31/TTr-BTDKT", "31/TTr-BTDKT",
            "Như Điều 3 | Luu: VT",
            "", ""), FieldsOf(reading));
        Assert.Equal(Confidence.Medium, reading.Number!.Confidence);
    }

    [Fact]
    public void A_flattened_two_column_header_and_closing()
    {
        var reading = DocumentTextReader.Read("""
            ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 68/2024/QĐ-UBND Nghệ An, ngày 26 tháng 12 năm 2024
            QUYẾT ĐỊNH
            Ban hành Quy chế tổ chức hoạt động của các cụm, khối thi đua tỉnh Nghệ An
            ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
            Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
            Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;
            Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 5120/TTr-SNV ngày 12 tháng 12 năm 2024.
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức hoạt động của các cụm, khối thi đua.
            Nơi nhận: TM. ỦY BAN NHÂN DÂN
            - Như Điều 3; KT. CHỦ TỊCH
            - Bộ Nội vụ; PHÓ CHỦ TỊCH
            - Lưu: VT, TĐKT. Bùi Thanh An
            """);

        Assert.Equal(new Fields(
            "Quyết định", "Document", "68/2024/QĐ-UBND", "Nghệ An", new DateOnly(2024, 12, 26),
            "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
            "Ban hành Quy chế tổ chức hoạt động của các cụm, khối thi đua tỉnh Nghệ An",
            "Bùi Thanh An | PHÓ CHỦ TỊCH | KT. | CHỦ TỊCH | ỦY BAN NHÂN DÂN",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022\nCăn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ",
            "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 5120/TTr-SNV ngày 12 tháng 12 năm 2024", "5120/TTr-SNV",
            "Như Điều 3 | Bộ Nội vụ | Lưu: VT, TĐKT",
            "", ""), FieldsOf(reading));
        Assert.Equal(Confidence.Medium, reading.Issuer!.Confidence);
    }

    [Fact]
    public void A_guidance_signed_on_behalf_of_a_board_by_its_deputy_head()
    {
        var reading = DocumentTextReader.Read("""
            HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG
            TỈNH QUẢNG TRỊ
            HỎA TỐC
            Số: 03/HD-HĐTĐKT
            Quảng Trị, ngày 2 tháng 2 năm 2026
            HƯỚNG DẪN
            Chấm điểm, xếp hạng thi đua các cụm, khối năm 2026
            Căn cứ Quyết định số 45/2025/QĐ-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh ban hành
            Quy chế công tác thi đua, khen thưởng;
            Hội đồng Thi đua - Khen thưởng tỉnh hướng dẫn như sau:
            1. Thang điểm tối đa là 100 điểm.
            Nơi nhận:
            - Các cụm, khối thi đua;
            - Lưu: VT.
            TM. HỘI ĐỒNG
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH THƯỜNG TRỰC
            Lê Văn Sơn
            """);

        Assert.Equal(new Fields(
            "Hướng dẫn", "Document", "03/HD-HĐTĐKT", "Quảng Trị", new DateOnly(2026, 2, 2),
            "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH QUẢNG TRỊ",
            "Chấm điểm, xếp hạng thi đua các cụm, khối năm 2026",
            "Lê Văn Sơn | PHÓ CHỦ TỊCH THƯỜNG TRỰC | KT. | CHỦ TỊCH | HỘI ĐỒNG",
            "Căn cứ Quyết định số 45/2025/QĐ-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh ban hành Quy chế công tác thi đua, khen thưởng",
            null, null,
            "Các cụm, khối thi đua | Lưu: VT",
            "HỎA TỐC", ""), FieldsOf(reading));
    }

    [Fact]
    public void An_impossible_date_is_reported_not_adjusted()
    {
        var reading = DocumentTextReader.Read("""
            BAN THI ĐUA - KHEN THƯỞNG
            Số: 9/TB-BTĐKT
            Đà Nẵng, ngày 30 tháng 2 năm 2026
            THÔNG BÁO
            Lịch họp Hội đồng
            """);

        Assert.Null(reading.IssuedOn);
        Assert.Equal("Đà Nẵng", reading.Place!.Value);
        Assert.Contains("Ngày ban hành không hợp lệ: «ngày 30 tháng 2 năm 2026»", reading.NotFound);
    }

    [Fact]
    public void A_text_without_its_own_number_and_date_does_not_take_those_of_a_document_it_cites()
    {
        var reading = DocumentTextReader.Read("""
            Căn cứ Kế hoạch số 14/KH-UBND ngày 2 tháng 1 năm 2026 của Ủy ban nhân dân tỉnh;
            Theo đề nghị của Sở Nội vụ tại Tờ trình số 3/TTr-SNV, ngày 4 tháng 1 năm 2026.
            """);

        Assert.Null(reading.Number);
        Assert.Null(reading.IssuedOn);
        Assert.Equal("3/TTr-SNV", reading.Proposal!.Value.Number);
    }

    [Fact]
    public void A_recipient_ended_by_a_semicolon_takes_no_lower_case_line_after_it()
    {
        var reading = DocumentTextReader.Read("""
            Nơi nhận:
            - Như trên;
            - Các đơn vị thuộc Cụm
            thi đua số 3;
            bản điện tử gửi kèm
            """);

        Assert.Equal(["Như trên", "Các đơn vị thuộc Cụm thi đua số 3"], reading.Recipients.Select(r => r.Value));
        Assert.Equal((3, 4), (reading.Recipients[1].Source.FirstLine, reading.Recipients[1].Source.LastLine));
    }

    [Fact]
    public void A_signed_note_beside_a_recipient_in_a_flattened_closing_stays_out_of_the_recipient()
    {
        // pdftotext of a signed PDF: the right column's "(Đã ký)" runs on after a recipient with one space.
        var reading = DocumentTextReader.Read("""
            Nơi nhận: KT. GIÁM ĐỐC
            - Các đơn vị trong Cụm; PHÓ GIÁM ĐỐC
            - Lưu: VT, TĐKT. (Đã ký)
            Hà Minh Châu
            """);

        Assert.Equal(["Các đơn vị trong Cụm", "Lưu: VT, TĐKT"], reading.Recipients.Select(r => r.Value));
        Assert.Equal("Hà Minh Châu", reading.Signer!.Value.Name);
    }

    public static TheoryData<string> Junk => new()
    {
        "",
        "   \n\t\r\n  ",
        new string(Enumerable.Range(0, 4096).Select(i => (char)(i * 7919 % 65536)).ToArray()),
        "\uD800Số: \uDC00/QĐ\u0000\u0001ngày 99 tháng 99 năm 99999\nNơi nhận:\nKT.\n",
    };

    [Theory]
    [MemberData(nameof(Junk))]
    public void Empty_or_junk_input_says_everything_is_missing_and_does_not_throw(string text)
    {
        var reading = DocumentTextReader.Read(text);

        Assert.Null(reading.Number);
        Assert.Null(reading.IssuedOn);
        Assert.Contains("Không tìm thấy số, ký hiệu văn bản", reading.NotFound);
        Assert.Contains("Không tìm thấy cơ quan ban hành", reading.NotFound);
    }

    [Fact]
    public void Null_reads_as_empty()
    {
        Assert.Equal(10, DocumentTextReader.Read(null).NotFound.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_megabytes_read_fast(bool oneLine)
    {
        // Shapes that tempt a backtracking pattern: near-numbers, near-dates, endless capitals and bullets.
        var chunk = "Số: 12 / / / 2025 ngày 1 tháng 1 năm NƠI NHẬN - TM. KT. ĐƠN VỊ CÁC HUYỆN Căn cứ Theo đề nghị ";
        var separator = oneLine ? " " : "\n";
        var text = ProvincialAwardDecision + "\n" + string.Join(separator, Enumerable.Repeat(chunk, 2 * 1024 * 1024 / chunk.Length));

        var watch = Stopwatch.StartNew();
        var reading = DocumentTextReader.Read(text);

        // A generous bound: the guard is against seconds-to-hours, not against a slow machine.
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal("1342/QĐ-UBND", reading.Number!.Value);
    }
}
