using EmulationPortal.Core.Content;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.UnitTests.Core.Content;

public sealed class ReviewChecksTests
{
    private const string Title = "Cụm thi đua số 42 tổng kết phong trào thi đua năm 2025";

    private static IReadOnlyList<ReviewFinding> Body(string markdown) => ReviewChecks.Of(Title, new ContentParts(null, markdown, []));

    private static ReviewFinding Single(string markdown, string code) => Assert.Single(Body(markdown), f => f.Code == code);

    [Fact]
    public void A_well_written_write_up_has_no_findings()
    {
        const string body = """
            Sáng 12/12/2025, UBND xã Hạnh Lâm phối hợp với HĐND và Ủy ban MTTQ xã tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.

            ## Kết quả nổi bật

            Các đơn vị đã thực hiện [Kế hoạch số 12/KH-CTĐ ngày 15/01/2025](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-12) và Quyết định số 68/2024/QĐ-UBND.

            ### Điểm chấm của các đơn vị

            | STT | Đơn vị | Điểm |
            |---:|---|---:|
            | 1 | UBND xã Hạnh Lâm | 96,5 |
            | 2 | UBND xã Thanh Đức | 94 |

            ## Phương hướng năm 2026

            Liên hệ Văn phòng cụm qua <vanphong@cum42.example.vn> để gửi báo cáo.
            """;

        Assert.Empty(ReviewChecks.Of(Title, new ContentParts(null, body, [new Photo { File = "a", Caption = "Toàn cảnh hội nghị tổng kết" }])));
    }

    [Fact]
    public void A_photo_without_a_caption_has_no_alt_text()
    {
        var photos = new[] { new Photo { File = "a", Caption = "Đồng chí Cụm trưởng phát biểu" }, new Photo { File = "b", Caption = "  " } };

        var finding = Assert.Single(ReviewChecks.Of(Title, new ContentParts(null, "Hội nghị diễn ra trong một buổi.", photos)));

        Assert.Equal(("photo-caption-missing", FindingSeverity.Warning, "photos[1].caption", "Ảnh 2"), (finding.Code, finding.Severity, finding.Field, finding.Where));
        Assert.Contains("người khiếm thị", finding.Message);
    }

    [Fact]
    public void A_level_one_heading_in_the_body_competes_with_the_title()
    {
        var finding = Single("Mở đầu.\n\n# Kết quả thực hiện\n\nNội dung.", "heading-level-1");

        Assert.Equal(("Kết quả thực hiện", 3, "body"), (finding.Where, finding.Line, finding.Field));
        Assert.Contains("##", finding.Message);
    }

    [Fact]
    public void Headings_that_jump_a_level_are_named_with_what_to_use()
    {
        var findings = Body("""
            ## Kết quả thực hiện

            #### Kết quả cụ thể

            ## Phương hướng

            ### Nhiệm vụ trọng tâm
            """).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(("heading-skipped-level", "Kết quả cụ thể", 3), (finding.Code, finding.Where, finding.Line));
        Assert.Contains("từ cấp 2 xuống cấp 4", finding.Message);
        Assert.Contains("hãy dùng ###", finding.Message);
    }

    [Fact]
    public void The_outline_starts_below_the_title_so_a_first_heading_of_level_three_skips_one()
    {
        Assert.Equal("Danh sách đơn vị", Single("### Danh sách đơn vị\n\nCác đơn vị dự họp.", "heading-skipped-level").Where);
    }

    [Theory]
    [InlineData("Xem chi tiết tại đây")]
    [InlineData("tại đây")]
    [InlineData("TẠI ĐÂY")]
    [InlineData("tai day")]
    [InlineData("xem thêm")]
    [InlineData("Click here")]
    [InlineData("link")]
    [InlineData("ở đây")]
    [InlineData("Bấm vào đây!")]
    public void Link_texts_that_do_not_say_where_they_go_are_found(string text)
    {
        var finding = Single($"Kế hoạch tổ chức hội nghị đã được ban hành, [{text}](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-12).", "link-text-vague");

        Assert.Equal(text, finding.Where);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("Kế hoạch số 12/KH-CTĐ")]
    [InlineData("Xem kế hoạch năm 2026")]
    [InlineData("Tải về toàn văn quyết định")]
    public void Link_texts_that_name_their_page_pass(string text)
    {
        Assert.Empty(Body($"Các đơn vị thực hiện theo [{text}](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-12)."));
    }

    [Theory]
    [InlineData("Toàn văn tại https://thiduakhenthuong.example.vn/van-ban/ke-hoach-12 của cụm.")]
    [InlineData("Toàn văn tại <https://thiduakhenthuong.example.vn/van-ban/ke-hoach-12>.")]
    [InlineData("Toàn văn tại [www.thiduakhenthuong.example.vn/van-ban](https://www.thiduakhenthuong.example.vn/van-ban).")]
    public void An_address_as_a_link_text_is_found(string markdown)
    {
        var finding = Single(markdown, "link-text-url");
        Assert.Contains("thiduakhenthuong.example.vn", finding.Where);
    }

    [Fact]
    public void An_e_mail_address_as_a_link_text_says_where_it_goes()
    {
        Assert.Empty(Body("Gửi báo cáo về <vanphong@cum42.example.vn> hoặc [vanphong@cum42.example.vn](mailto:vanphong@cum42.example.vn)."));
    }

    [Fact]
    public void A_link_without_text_is_found()
    {
        Assert.Equal("", Single("Xem văn bản [](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-12).", "link-text-vague").Where);
    }

    [Theory]
    [InlineData("## QUYẾT ĐỊNH")]
    [InlineData("QUYẾT ĐỊNH:")]
    [InlineData("KẾ HOẠCH\n\nTổ chức Hội nghị tổng kết công tác thi đua năm 2025")]
    [InlineData("UBND xã Hạnh Lâm phối hợp với HĐND, MTTQ và các đoàn thể tổ chức hội nghị tổng kết.")]
    [InlineData("Căn cứ Quyết định số 68/2024/QĐ-UBND ngày 12/3/2024 của UBND tỉnh Nghệ An; Hướng dẫn số 05/HD-TĐKT của Ban TĐ-KT.")]
    [InlineData("Sở GD&ĐT, Công an tỉnh (CAND), UBMTTQ và BCH Quân sự tỉnh cùng ký giao ước thi đua năm 2026.")]
    public void Type_titles_and_sentences_with_abbreviations_are_not_shouting(string markdown)
    {
        Assert.DoesNotContain(Body(markdown), f => f.Code == "all-caps");
    }

    [Fact]
    public void A_paragraph_in_capitals_is_shouting()
    {
        var finding = Single("Kính gửi các đơn vị thành viên.\n\nĐỀ NGHỊ CÁC ĐƠN VỊ GỬI BÁO CÁO TỔNG KẾT VỀ VĂN PHÒNG CỤM TRƯỚC NGÀY 15/12/2025.", "all-caps");

        Assert.Equal(3, finding.Line);
        Assert.StartsWith("ĐỀ NGHỊ CÁC ĐƠN VỊ", finding.Where);
        Assert.Contains("Đoạn", finding.Message);
    }

    [Fact]
    public void A_long_heading_in_capitals_is_shouting_too()
    {
        var finding = Single("## II. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA NĂM 2025\n\nCác đơn vị hoàn thành chỉ tiêu.", "all-caps");

        Assert.Contains("Tiêu đề mục", finding.Message);
    }

    [Theory]
    [InlineData("ĐỀ NGHỊ CÁC ĐƠN VỊ GỬI BÁO CÁO ĐÚNG HẠN", true)]
    [InlineData("UBND HĐND MTTQ QĐ-UBND KH-CTĐ TĐKT", false)]
    [InlineData("Cụm Thi Đua Số 42 Tổng Kết Năm", false)]
    [InlineData("ĐỀ NGHỊ CÁC ĐƠN VỊ gửi báo cáo", false)]
    public void Shouting_counts_words_in_capitals(string text, bool shouted)
    {
        Assert.Equal(shouted, ReviewChecks.IsShouted(text));
    }

    [Fact]
    public void A_table_with_an_empty_header_row_is_found()
    {
        var finding = Single("""
            Điểm của các đơn vị:

            |   |   |   |
            |---|---|---|
            | 1 | UBND xã Hạnh Lâm | 96,5 |
            """, "table-header-empty");

        Assert.Equal(("Bảng 1", 3), (finding.Where, finding.Line));
    }

    [Fact]
    public void An_image_in_the_body_without_alt_text_is_found()
    {
        var finding = Single("Toàn cảnh hội nghị:\n\n![](https://thiduakhenthuong.example.vn/media/toan-canh.jpg)", "image-alt-missing");

        Assert.Equal("toan-canh.jpg", finding.Where);
        Assert.Empty(Body("![Toàn cảnh hội nghị](https://thiduakhenthuong.example.vn/media/toan-canh.jpg)"));
    }

    [Theory]
    [InlineData("Hội nghị", "title-short", FindingSeverity.Warning)]
    [InlineData("Hội nghị Cụm 42", null, null)]
    public void A_title_needs_enough_words_to_say_what_and_who(string title, string? code, FindingSeverity? severity)
    {
        var findings = ReviewChecks.Of(title, new ContentParts(null, "Nội dung.", []));

        Assert.Equal(code, findings.SingleOrDefault()?.Code);
        Assert.Equal(severity, findings.SingleOrDefault()?.Severity);
    }

    [Fact]
    public void A_title_of_more_than_four_phone_lines_is_a_suggestion()
    {
        var title = "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 và phát động phong trào thi đua năm 2026 của Cụm thi đua các xã, phường phía Tây Nam tỉnh Nghệ An";
        Assert.True(title.Length > ReviewChecks.TitleMax);

        var finding = Assert.Single(ReviewChecks.Of(title, new ContentParts(null, "Nội dung.", [])));

        Assert.Equal(("title-long", FindingSeverity.Suggestion, "title"), (finding.Code, finding.Severity, finding.Field));
    }

    [Fact]
    public void A_document_without_a_summary_or_with_a_long_one_is_told_so()
    {
        var type = new AwardDecisionType();
        var missing = new AwardDecisionData { Summary = " ", Body = "Tặng Bằng khen cho các tập thể." };
        var long_ = new AwardDecisionData { Summary = string.Join(" ", Enumerable.Repeat("Về việc tặng Bằng khen của Chủ tịch UBND tỉnh,", 8)) };

        Assert.Equal("summary-missing", Assert.Single(ReviewChecks.Of(type, "Quyết định số 25/QĐ-UBND", missing)).Code);
        var finding = Assert.Single(ReviewChecks.Of(type, "Quyết định số 25/QĐ-UBND", long_));
        Assert.Equal(("summary-long", FindingSeverity.Suggestion, "summary"), (finding.Code, finding.Severity, finding.Field));
    }

    [Fact]
    public void A_type_without_a_summary_field_is_never_asked_for_one()
    {
        Assert.Empty(ReviewChecks.Of(Title, new ContentParts(null, "Nội dung.", [])));
    }

    [Fact]
    public void Body_findings_come_in_the_order_of_their_lines()
    {
        var findings = Body("""
            ĐỀ NGHỊ CÁC ĐƠN VỊ GỬI BÁO CÁO TỔNG KẾT VỀ VĂN PHÒNG CỤM ĐÚNG HẠN.

            # Kết quả

            Xem [tại đây](https://thiduakhenthuong.example.vn/van-ban/ke-hoach-12).
            """);

        Assert.Equal(["all-caps", "heading-level-1", "link-text-vague"], findings.Select(f => f.Code));
        Assert.Equal([1, 3, 5], findings.Select(f => f.Line!.Value));
    }
}
