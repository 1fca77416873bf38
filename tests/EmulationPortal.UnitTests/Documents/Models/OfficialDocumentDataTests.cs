using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.UnitTests.Documents.Models;

public sealed class OfficialDocumentDataTests
{
    private static AwardDecisionData Decision() => new()
    {
        Number = "1197/QĐ-UBND",
        IssuedOn = new DateOnly(2026, 1, 15),
        Issuer = "UBND tỉnh Thanh Hóa",
        Summary = "Tặng Cờ thi đua",
        Year = 2025,
        Awards = [new Award { Kind = "Cờ thi đua của UBND tỉnh", RecipientType = RecipientType.Collective, Recipient = "Hội Khuyến học" }],
    };

    [Fact]
    public void A_complete_decision_is_valid_and_listed_under_its_emulation_year()
    {
        var errors = new ValidationErrors();
        Decision().Validate(errors);
        Assert.False(errors.Any);
        var facts = new AwardDecisionType().Describe(Decision());
        Assert.Equal(new ContentFacts(new DateOnly(2026, 1, 15), 2025, "1197/QĐ-UBND"), facts);
    }

    [Fact]
    public void Each_missing_field_is_named()
    {
        var decision = Decision();
        decision.Number = "không số";
        decision.Summary = " ";
        decision.Awards[0].Recipient = "";
        var errors = new ValidationErrors();
        decision.Validate(errors);
        Assert.Equal(["number", "summary", "awards[0].recipient"], errors.All.Select(e => e.Field));
    }

    [Fact]
    public void Another_document_is_labelled_by_the_type_in_its_number()
    {
        var notice = new DocumentData { Number = "20/TB-HĐTĐKT", Summary = "Thông báo chia cụm" };
        Assert.Equal("Thông báo", new DocumentType().Summarize(notice).Label);
        Assert.Equal("Văn bản khác", new DocumentType().Summarize(new DocumentData { Number = "20/HĐTĐKT" }).Label);
    }
}
