using System.Text;
using EmulationPortal.Core.Text;

namespace EmulationPortal.UnitTests.Core.Text;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("1197/QĐ-UBND", "1197", null, "QĐ", "UBND")]
    [InlineData("68/2024/QĐ-UBND", "68", 2024, "QĐ", "UBND")]
    [InlineData("20/HĐTĐKT", "20", null, null, "HĐTĐKT")]
    [InlineData("937/HD-SNV", "937", null, "HD", "SNV")]
    [InlineData("05/2024/TT-BNV", "05", 2024, "TT", "BNV")]
    [InlineData("123/KH-CĐ", "123", null, "KH", "CĐ")]
    [InlineData("15/UBND-TĐKT", "15", null, null, "UBND-TĐKT")]
    [InlineData("12/TTr-SNV", "12", null, "TTr", "SNV")]
    [InlineData("30/2020/NĐ-CP", "30", 2020, "NĐ", "CP")]
    [InlineData("45/BC-HĐTĐKT", "45", null, "BC", "HĐTĐKT")]
    [InlineData("07/CTr-UBND", "07", null, "CTr", "UBND")]
    [InlineData("88/TB-UBND-TĐKT", "88", null, "TB", "UBND-TĐKT")]
    public void TryParse_reads_state_document_numbers(
        string text, string serial, int? year, string? typeCode, string issuer)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));

        Assert.Equal(new DocumentNumber(serial, year, typeCode, issuer), number);
        Assert.False(number.IsPartyStyle);
    }

    [Theory]
    [InlineData("41-CT/TW", "41", "CT", "TW")]
    [InlineData("01-KL/TW", "01", "KL", "TW")]
    [InlineData("15-NQ/TU", "15", "NQ", "TU")]
    [InlineData("08-QĐi/TW", "08", "QĐi", "TW")]
    [InlineData("36-HD/VPTW", "36", "HD", "VPTW")]
    [InlineData("12-XYZ/TW", "12", "XYZ", "TW")] // Unknown Party types are kept, upper-cased.
    public void TryParse_reads_party_document_numbers(string text, string serial, string typeCode, string issuer)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));

        Assert.Equal(new DocumentNumber(serial, null, typeCode, issuer, IsPartyStyle: true), number);
    }

    [Theory]
    [InlineData("Số: 1197/QĐ-UBND")]
    [InlineData("số 1197/QĐ-UBND")]
    [InlineData("So 1197/QĐ-UBND")]
    [InlineData("SỐ:1197/QĐ-UBND")]
    [InlineData("so: 1197/qd-ubnd")]
    [InlineData("  1197 / QĐ - UBND  ")]
    [InlineData("1197/QĐ – UBND")]
    [InlineData("1197/QD-UBND")]
    [InlineData("1197/qđ-ubnd")]
    [InlineData("1197/Qd-Ubnd")]
    public void TryParse_tolerates_prefixes_spacing_case_and_missing_diacritics(string text)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));

        Assert.Equal(new DocumentNumber("1197", null, "QĐ", "UBND"), number);
    }

    [Fact]
    public void TryParse_accepts_decomposed_input()
    {
        var decomposed = "68/2024/QĐ-UBND".Normalize(NormalizationForm.FormD);

        Assert.True(DocumentNumber.TryParse(decomposed, out var number));
        Assert.Equal(new DocumentNumber("68", 2024, "QĐ", "UBND"), number);
    }

    [Theory]
    [InlineData("5/QD-UBND", "QĐ")]
    [InlineData("5/ND-CP", "NĐ")]
    [InlineData("5/TTR-SNV", "TTr")]
    [InlineData("5/ttr-snv", "TTr")]
    [InlineData("5/CTR-UBND", "CTr")]
    [InlineData("5/kh-ubnd", "KH")]
    [InlineData("5/QYD-UBND", "QyĐ")]
    [InlineData("5-qdi/tw", "QĐi")]
    public void TryParse_maps_type_codes_back_to_their_canonical_spelling(string text, string typeCode)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));

        Assert.Equal(typeCode, number.TypeCode);
    }

    [Theory]
    [InlineData("5/QĐ-ubnd", "UBND")]
    [InlineData("5/QĐ-ubnd-tđkt", "UBND-TĐKT")]
    [InlineData("5/hđtđkt", "HĐTĐKT")]
    [InlineData("5/QĐ-TTg", "TTg")]
    [InlineData("5/QD-TTG", "TTg")]
    [InlineData("5/QĐ-ubnd-ttg", "UBND-TTg")]
    public void TryParse_upper_cases_the_issuer_but_keeps_its_letters(string text, string issuer)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));

        Assert.Equal(issuer, number.Issuer);
    }

    [Fact]
    public void TryParse_does_not_mistake_a_code_with_diacritics_for_its_folded_look_alike()
    {
        // HĐ (hợp đồng) is not a known type; it must not become HD (hướng dẫn).
        Assert.True(DocumentNumber.TryParse("12/HĐ-UBND", out var number));

        Assert.Null(number.TypeCode);
        Assert.Equal("HĐ-UBND", number.Issuer);
    }

    [Fact]
    public void TryParse_treats_a_lone_segment_after_the_slash_as_the_issuer()
    {
        Assert.True(DocumentNumber.TryParse("1197/QĐ", out var number));

        Assert.Null(number.TypeCode);
        Assert.Equal("QĐ", number.Issuer);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Số:")]
    [InlineData("QĐ-UBND")]
    [InlineData("/QĐ-UBND")]
    [InlineData("1197")]
    [InlineData("1197/")]
    [InlineData("1197/QĐ-")]
    [InlineData("1197//QĐ-UBND")]
    [InlineData("68/2024")]
    [InlineData("68/24/QĐ-UBND")]
    [InlineData("21/01/2026")]
    [InlineData("41-CT")]
    [InlineData("41-CT/")]
    [InlineData("abc/QĐ-UBND")]
    [InlineData("1197/QĐ-UBND ngày 21/01/2026")]
    [InlineData("Quyết định 1197/QĐ-UBND")]
    [InlineData("1197/QĐ_UBND")]
    [InlineData("1197/QĐ-UBND \uD83D")]
    public void TryParse_rejects_text_that_is_not_a_document_number(string? text)
    {
        Assert.False(DocumentNumber.TryParse(text, out var number));
        Assert.Null(number);
    }

    [Theory]
    [InlineData("1197/QĐ-UBND", "1197/QĐ-UBND")]
    [InlineData("68/2024/QĐ-UBND", "68/2024/QĐ-UBND")]
    [InlineData("20/HĐTĐKT", "20/HĐTĐKT")]
    [InlineData("41-CT/TW", "41-CT/TW")]
    [InlineData("01-KL/TW", "01-KL/TW")]
    [InlineData("Số: 1197 / qd - ubnd", "1197/QĐ-UBND")]
    [InlineData("so 68 / 2024 / qd-ubnd", "68/2024/QĐ-UBND")]
    [InlineData("12/ttr-snv", "12/TTr-SNV")]
    [InlineData("41 - ct / tw", "41-CT/TW")]
    [InlineData("15/ubnd-tđkt", "15/UBND-TĐKT")]
    public void ToString_writes_the_canonical_form(string text, string canonical)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));

        Assert.Equal(canonical, number.ToString());
    }

    [Theory]
    [InlineData("1197/QĐ-UBND")]
    [InlineData("68/2024/QĐ-UBND")]
    [InlineData("20/HĐTĐKT")]
    [InlineData("41-CT/TW")]
    [InlineData("05/2024/TT-BNV")]
    [InlineData("15/UBND-TĐKT")]
    public void The_canonical_form_parses_back_to_an_equal_number(string text)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));
        Assert.True(DocumentNumber.TryParse(number.ToString(), out var reparsed));

        Assert.Equal(number, reparsed);
    }

    [Fact]
    public void Spellings_of_the_same_number_parse_to_equal_values()
    {
        Assert.True(DocumentNumber.TryParse("Số: 1197/QĐ-UBND", out var withDiacritics));
        Assert.True(DocumentNumber.TryParse("1197/qd-ubnd", out var folded));

        Assert.Equal(withDiacritics, folded);
    }

    [Theory]
    [InlineData("1197/QĐ-UBND", "1197/qd-ubnd")]
    [InlineData("68/2024/QĐ-UBND", "68/2024/qd-ubnd")]
    [InlineData("20/HĐTĐKT", "20/hdtdkt")]
    [InlineData("41-CT/TW", "41-ct/tw")]
    [InlineData("12/TTr-SNV", "12/ttr-snv")]
    public void Folded_is_the_lower_case_canonical_form_without_diacritics(string text, string folded)
    {
        Assert.True(DocumentNumber.TryParse(text, out var number));

        Assert.Equal(folded, number.Folded);
    }

    [Theory]
    [InlineData("12", 2024, "QĐ", null, false, "12/2024/QĐ")]
    [InlineData("12", null, null, null, false, "12")]
    [InlineData("12", null, null, "TW", true, "12/TW")]
    public void ToString_copes_with_missing_parts_of_a_hand_built_number(
        string serial, int? year, string? typeCode, string? issuer, bool isPartyStyle, string expected)
    {
        Assert.Equal(expected, new DocumentNumber(serial, year, typeCode, issuer, isPartyStyle).ToString());
    }

    [Theory]
    [InlineData("QĐ", "Quyết định")]
    [InlineData("KH", "Kế hoạch")]
    [InlineData("TB", "Thông báo")]
    [InlineData("HD", "Hướng dẫn")]
    [InlineData("BC", "Báo cáo")]
    [InlineData("CT", "Chỉ thị")]
    [InlineData("NQ", "Nghị quyết")]
    [InlineData("TTr", "Tờ trình")]
    [InlineData("CV", "Công văn")]
    [InlineData("TT", "Thông tư")]
    [InlineData("NĐ", "Nghị định")]
    [InlineData("KL", "Kết luận")]
    [InlineData("QC", "Quy chế")]
    [InlineData("CTr", "Chương trình")]
    [InlineData("GM", "Giấy mời")]
    [InlineData("BB", "Biên bản")]
    [InlineData("PA", "Phương án")]
    [InlineData("QyĐ", "Quy định")]
    [InlineData("QĐi", "Quy định")]
    public void TypeName_gives_the_vietnamese_name_of_each_type_code(string typeCode, string name)
    {
        Assert.Equal(name, DocumentNumber.TypeName(typeCode));
    }

    [Theory]
    [InlineData("qđ", "Quyết định")]
    [InlineData("QD", "Quyết định")]
    [InlineData("qd", "Quyết định")]
    [InlineData("ND", "Nghị định")]
    [InlineData("TTR", "Tờ trình")]
    [InlineData("ctr", "Chương trình")]
    [InlineData(" KH ", "Kế hoạch")]
    public void TypeName_accepts_other_spellings_of_a_code(string typeCode, string name)
    {
        Assert.Equal(name, DocumentNumber.TypeName(typeCode));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XYZ")]
    [InlineData("UBND")]
    [InlineData("HĐ")]
    [InlineData("Quyết định")]
    public void TypeName_returns_null_for_unknown_codes(string? typeCode)
    {
        Assert.Null(DocumentNumber.TypeName(typeCode));
    }

    [Fact]
    public void Every_parsed_type_code_has_a_name()
    {
        string[] numbers =
        [
            "1/QĐ-X", "1/KH-X", "1/TB-X", "1/HD-X", "1/BC-X", "1/CT-X", "1/NQ-X", "1/TTr-X",
            "1/CV-X", "1/TT-X", "1/NĐ-X", "1/KL-X", "1/QC-X", "1/CTr-X", "1/GM-X",
        ];

        foreach (var text in numbers)
        {
            Assert.True(DocumentNumber.TryParse(text, out var number), text);
            Assert.NotNull(DocumentNumber.TypeName(number.TypeCode));
        }
    }
}
