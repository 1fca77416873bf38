using EmulationPortal.Documents.Models;
using EmulationPortal.Documents.Services.Relations;

namespace EmulationPortal.UnitTests.Documents.Services.Relations;

/// <summary>What a document's text says of the documents it names: which, and how.</summary>
public sealed class CitationReaderTests
{
    private static DocumentData Document(string number = "12/QĐ-UBND", string summary = "", string body = "", params string[] legalBases) =>
        new() { Number = number, Summary = summary, Body = body, LegalBases = [.. legalBases] };

    private static Citation Only(IReadOnlyList<Citation> citations, string key) => Assert.Single(citations, c => c.Key == key);

    [Theory]
    [InlineData("98/2023/NĐ-CP")]
    [InlineData("98/2023/ND-CP")]
    [InlineData("98/2023/nđ-cp")]
    [InlineData("Nghị định số 98/2023/NĐ-CP")]
    [InlineData("  98/2023/NĐ-CP ")]
    public void A_number_is_one_key_however_it_is_written(string written) =>
        Assert.Equal(CitationReader.Key("98/2023/NĐ-CP"), CitationReader.Key(written));

    [Fact]
    public void Other_numbers_and_no_number_are_told_apart()
    {
        Assert.NotEqual(CitationReader.Key("98/2023/NĐ-CP"), CitationReader.Key("152/2025/NĐ-CP"));
        Assert.NotEqual(CitationReader.Key("98/2023/NĐ-CP"), CitationReader.Key("98/2023/QĐ-UBND"));
        Assert.Null(CitationReader.Key(null));
        Assert.Null(CitationReader.Key("Kế hoạch tổ chức hội nghị"));
    }

    [Theory]
    [InlineData("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")]
    [InlineData("Căn cứ Luật Thi đua - Khen thưởng ngày 15/6/2022;")]
    [InlineData("Căn cứ Luật Thi đua, khen thưởng ngày 15/06/2022.")]
    public void A_law_named_by_its_title_and_date_is_cited_under_the_key_of_its_own_title(string line)
    {
        var lawKey = CitationReader.TitleKey("Thi đua, khen thưởng", "Luật", new DateOnly(2022, 6, 15));

        var citation = Assert.Single(CitationReader.Read(Document(legalBases: line)));

        Assert.NotNull(lawKey);
        Assert.Equal(lawKey, citation.Key);
        Assert.Equal(RelationKind.Cites, citation.Kind);
        Assert.Equal(lawKey, CitationReader.TitleKey("Luật Thi đua, khen thưởng năm 2022", null, new DateOnly(2022, 6, 15)));
    }

    [Fact]
    public void A_law_passed_another_day_or_a_date_that_is_no_day_names_no_law_of_that_title()
    {
        var lawKey = CitationReader.TitleKey("Luật Thi đua, khen thưởng", null, new DateOnly(2022, 6, 15));
        Assert.DoesNotContain(CitationReader.Read(Document(legalBases: "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;")), c => c.Key == lawKey);
        Assert.Empty(CitationReader.Read(Document(legalBases: "Căn cứ Luật Thi đua, khen thưởng ngày 31 tháng 2 năm 2022;")));
        Assert.Null(CitationReader.TitleKey("Luật Thi đua, khen thưởng", null, null));
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;", RelationKind.Cites)]
    [InlineData("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 3/3/2026.", RelationKind.Answers)]
    public void A_legal_basis_line_cites_or_answers(string line, RelationKind expected)
    {
        var citation = Assert.Single(CitationReader.Read(Document(legalBases: line)));
        Assert.Equal(expected, citation.Kind);
    }

    [Theory]
    [InlineData("Quyết định này thay thế Quyết định số 68/2024/QĐ-UBND ngày 5/12/2024.", "68/2024/QĐ-UBND", RelationKind.Replaces)]
    [InlineData("Sửa đổi, bổ sung một số điều của Quyết định số 68/2024/QĐ-UBND.", "68/2024/QĐ-UBND", RelationKind.Amends)]
    [InlineData("Bãi bỏ Quyết định số 2371/QĐ-UBND ngày 29/02/2024.", "2371/QĐ-UBND", RelationKind.Revokes)]
    [InlineData("Bãi bỏ Điều 5 của Quyết định số 2371/QĐ-UBND ngày 29/02/2024.", "2371/QĐ-UBND", RelationKind.RevokesPartly)]
    [InlineData("Thu hồi Bằng khen đã tặng tại Quyết định số 2371/QĐ-UBND.", "2371/QĐ-UBND", RelationKind.RevokesPartly)]
    [InlineData("Kế hoạch này triển khai thực hiện Kế hoạch số 21/KH-UBND của Ủy ban nhân dân tỉnh.", "21/KH-UBND", RelationKind.Implements)]
    [InlineData("Các đơn vị báo cáo theo Hướng dẫn số 03/HD-KTĐNC ngày 20/11/2025.", "03/HD-KTĐNC", RelationKind.Related)]
    public void The_verb_before_a_number_says_what_the_text_does_to_it(string sentence, string number, RelationKind expected)
    {
        var citation = Only(CitationReader.Read(Document(body: sentence)), CitationReader.Key(number)!);
        Assert.Equal(expected, citation.Kind);
    }

    [Fact]
    public void Dates_are_no_numbers_and_the_documents_own_number_is_never_its_citation()
    {
        var citations = CitationReader.Read(Document("15/QĐ-TKNA", body: "Quyết định số 15/QĐ-TKNA ngày 18/12/2025 có hiệu lực từ ngày 01/01/2026."));
        Assert.Empty(citations);
    }

    [Fact]
    public void A_number_named_twice_keeps_its_stronger_relation_and_a_dismissed_one_is_left_out()
    {
        var data = Document(body: "Căn cứ Quyết định số 68/2024/QĐ-UBND; Quyết định này thay thế Quyết định số 68/2024/QĐ-UBND. Xem thêm Công văn số 937/HD-SNV.");
        Assert.Equal(RelationKind.Replaces, Only(CitationReader.Read(data), CitationReader.Key("68/2024/QĐ-UBND")!).Kind);

        data.DismissedCitations = [CitationReader.Key("937/HD-SNV")!];
        Assert.DoesNotContain(CitationReader.Read(data), c => c.Key == CitationReader.Key("937/HD-SNV"));
    }

    [Fact]
    public void The_editors_word_on_a_relation_wins_over_the_texts()
    {
        var data = Document(body: "Bãi bỏ Quyết định số 2371/QĐ-UBND.");
        data.Relations = [new DocumentRelation { Kind = RelationKind.Related, Number = "2371/QĐ-UBND" }];

        var citation = Only(CitationReader.Read(data), CitationReader.Key("2371/QĐ-UBND")!);

        Assert.Equal(RelationKind.Related, citation.Kind);
        Assert.Equal(CitationSource.Editor, citation.Source);
    }

    [Theory]
    [InlineData("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 và Luật Thi đua, khen thưởng ngày 15/6/2022;")]
    [InlineData("Không có số nào ở đây.")]
    [InlineData("")]
    public void Segments_put_the_line_back_together_and_key_only_what_names_a_document(string line)
    {
        var segments = CitationReader.Segments(line);

        Assert.Equal(line, string.Concat(segments.Select(s => s.Text)));
        Assert.All(segments.Where(s => s.Key is not null), s => Assert.Equal(s.Key, CitationReader.Key(s.Text)));
        Assert.Equal(line.Contains("98/2023") ? 2 : 0, segments.Count(s => s.Key is not null));
    }
}
