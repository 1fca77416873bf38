using System.Text;
using EmulationPortal.Core.Text;

namespace EmulationPortal.UnitTests.Core.Text;

public class VietnameseTextTests
{
    // Each Vietnamese vowel letter with the ASCII letter it folds to.
    private static readonly (string Vowel, string Folded)[] Vowels =
    [
        ("a", "a"), ("ă", "a"), ("â", "a"), ("e", "e"), ("ê", "e"), ("i", "i"),
        ("o", "o"), ("ô", "o"), ("ơ", "o"), ("u", "u"), ("ư", "u"), ("y", "y"),
    ];

    // No tone (ngang), huyền, sắc, hỏi, ngã, nặng as combining marks.
    private static readonly string[] Tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

    public static TheoryData<string, string> EveryVowelWithEveryTone()
    {
        var data = new TheoryData<string, string>();
        foreach (var (vowel, folded) in Vowels)
        {
            foreach (var tone in Tones)
            {
                data.Add((vowel + tone).Normalize(NormalizationForm.FormC), folded);
                data.Add((vowel.ToUpperInvariant() + tone).Normalize(NormalizationForm.FormC), folded.ToUpperInvariant());
            }
        }

        return data;
    }

    [Fact]
    public void The_generated_vowel_table_covers_12_vowels_times_6_tones_in_both_cases()
    {
        Assert.Equal(12 * 6 * 2, EveryVowelWithEveryTone().Count);
    }

    [Theory]
    [MemberData(nameof(EveryVowelWithEveryTone))]
    public void Fold_removes_tone_and_vowel_marks_from_every_precomposed_vowel(string vowel, string expected)
    {
        Assert.Single(vowel); // Vietnamese has a precomposed character for every vowel and tone.

        Assert.Equal(expected, VietnameseText.Fold(vowel));
    }

    [Theory]
    [MemberData(nameof(EveryVowelWithEveryTone))]
    public void Fold_gives_the_same_result_for_decomposed_vowels(string vowel, string expected)
    {
        var decomposed = vowel.Normalize(NormalizationForm.FormD);

        Assert.Equal(expected, VietnameseText.Fold(decomposed));
    }

    // Written out literally as well, so the table does not rely only on Unicode normalization.
    [Theory]
    [InlineData("aàáảãạăằắẳẵặâầấẩẫậ", "aaaaaaaaaaaaaaaaaa")]
    [InlineData("AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", "AAAAAAAAAAAAAAAAAA")]
    [InlineData("eèéẻẽẹêềếểễệ", "eeeeeeeeeeee")]
    [InlineData("EÈÉẺẼẸÊỀẾỂỄỆ", "EEEEEEEEEEEE")]
    [InlineData("iìíỉĩị", "iiiiii")]
    [InlineData("IÌÍỈĨỊ", "IIIIII")]
    [InlineData("oòóỏõọôồốổỗộơờớởỡợ", "oooooooooooooooooo")]
    [InlineData("OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", "OOOOOOOOOOOOOOOOOO")]
    [InlineData("uùúủũụưừứửữự", "uuuuuuuuuuuu")]
    [InlineData("UÙÚỦŨỤƯỪỨỬỮỰ", "UUUUUUUUUUUU")]
    [InlineData("yỳýỷỹỵ", "yyyyyy")]
    [InlineData("YỲÝỶỸỴ", "YYYYYY")]
    public void Fold_handles_literal_vowel_rows(string vowels, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(vowels));
    }

    [Theory]
    [InlineData("đ", "d")]
    [InlineData("Đ", "D")]
    [InlineData("đường", "duong")]
    [InlineData("Đảng", "Dang")]
    public void Fold_maps_d_with_stroke_to_d(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
    }

    [Theory]
    [InlineData(
        "Hội nghị tổng kết Cụm thi đua số 42 – Thống kê tỉnh Nghệ An",
        "Hoi nghi tong ket Cum thi dua so 42 – Thong ke tinh Nghe An")]
    [InlineData("ĐÔ LƯƠNG", "DO LUONG")]
    [InlineData("Khối Nội chính – Lực lượng vũ trang", "Khoi Noi chinh – Luc luong vu trang")]
    [InlineData("Quyết định 1197/QĐ-UBND", "Quyet dinh 1197/QD-UBND")]
    [InlineData("Thanh Hóa, ngày 15 tháng 12 năm 2025", "Thanh Hoa, ngay 15 thang 12 nam 2025")]
    [InlineData("Hoi nghi", "Hoi nghi")]
    public void Fold_removes_diacritics_and_keeps_case_in_mixed_text(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
    }

    [Theory]
    [InlineData("Hội nghị tổng kết Cụm thi đua")]
    [InlineData("ĐÔ LƯƠNG")]
    [InlineData("Nguyễn Thị Ngọc Ánh")]
    public void Fold_gives_the_same_result_for_decomposed_and_composed_text(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed.Length, decomposed.Length);

        Assert.Equal(VietnameseText.Fold(composed), VietnameseText.Fold(decomposed));
    }

    [Theory]
    [InlineData("Hội nghị tổng kết Cụm thi đua số 42 – Thống kê tỉnh Nghệ An")]
    [InlineData("ĐÔ LƯƠNG")]
    [InlineData("Crème brûlée, Zürich, Ñandú")]
    [InlineData("Emoji 👍🏽 and 日本語 and Привет")]
    [InlineData("")]
    public void Fold_output_has_the_length_of_the_NFC_input(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var decomposed = text.Normalize(NormalizationForm.FormD);

        Assert.Equal(composed.Length, VietnameseText.Fold(composed).Length);
        Assert.Equal(composed.Length, VietnameseText.Fold(decomposed).Length);
        Assert.Equal(composed.Length, VietnameseText.FoldLower(decomposed).Length);
    }

    [Fact]
    public void A_match_found_in_folded_text_highlights_the_same_span_of_the_original()
    {
        const string original = "Hội nghị tổng kết Cụm thi đua số 42";

        var index = VietnameseText.FoldLower(original).IndexOf("thi dua", StringComparison.Ordinal);

        Assert.Equal("thi đua", original.Substring(index, "thi dua".Length));
    }

    [Theory]
    [InlineData("Crème brûlée", "Creme brulee")]
    [InlineData("Zürich", "Zurich")]
    [InlineData("Ñandú", "Nandu")]
    [InlineData("Łódź", "Łodz")] // Ł has no decomposition, so it stays.
    public void Fold_also_removes_diacritics_from_other_latin_letters(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
    }

    [Theory]
    [InlineData("Привет, мир")]
    [InlineData("Ελληνικά ά")]
    [InlineData("日本語")]
    [InlineData("👍🏽 🎉")]
    [InlineData("0123456789 !?.,;:()[]{}–—«»")]
    [InlineData("æ ø ß")]
    public void Fold_leaves_non_latin_characters_unchanged(string text)
    {
        Assert.Equal(text, VietnameseText.Fold(text));
    }

    [Fact]
    public void Fold_does_not_throw_on_a_lone_surrogate()
    {
        const string brokenEmoji = "Tổng kết \uD83D";

        Assert.Equal("Tong ket \uD83D", VietnameseText.Fold(brokenEmoji));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Fold_returns_empty_for_null_or_empty(string? text)
    {
        Assert.Equal("", VietnameseText.Fold(text));
        Assert.Equal("", VietnameseText.FoldLower(text));
    }

    [Theory]
    [InlineData("ĐÔ LƯƠNG", "do luong")]
    [InlineData("Hội nghị tổng kết Cụm thi đua số 42", "hoi nghi tong ket cum thi dua so 42")]
    [InlineData("QĐ-UBND", "qd-ubnd")]
    [InlineData("ỨNG DỤNG", "ung dung")]
    public void FoldLower_folds_and_lower_cases(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.FoldLower(text));
    }

    [Fact]
    public void FoldLower_in_one_pass_lower_cases_every_character_as_lower_casing_the_folded_text_does()
    {
        var everyCharacter = new string(Enumerable.Range(0, 0xD800).Concat(Enumerable.Range(0xE000, 0x2000)).Select(c => (char)c).ToArray());
        // Outside the BMP a letter is two chars (Deseret "𐐀" lower-cases to "𐐨"): the text takes the two-step way.
        foreach (var text in new[] { everyCharacter, "Cụm 𐐀 THI ĐUA 😀 Số 42" })
        {
            Assert.Equal(VietnameseText.Fold(text).ToLowerInvariant(), VietnameseText.FoldLower(text));
        }
        // Composed as a search's text is; below the CJK compatibility ideographs, some of which compose to pairs.
        var composed = new string(everyCharacter.Where(c => c < '\uF900').ToArray()).Normalize(System.Text.NormalizationForm.FormC);
        var buffer = new char[composed.Length];
        Assert.True(VietnameseText.TryFoldLowerComposed(composed, buffer));
        Assert.Equal(VietnameseText.FoldLower(composed), new string(buffer));
        Assert.False(VietnameseText.TryFoldLowerComposed("Cụm 𐐀", new char[8]));
    }
}
