using EmulationPortal.Core.Content;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.UnitTests.Core.Content;

public sealed class ContentSectionTests
{
    [Fact]
    public void A_section_named_by_another_module_is_the_section_its_owner_declared()
    {
        Assert.Equal(DocumentsSection.Section, new ContentSection("Documents"));
        Assert.NotEqual(DocumentsSection.Section, new ContentSection("News") { Order = 1 });
        var registry = new ContentTypeRegistry([new PlanType(), new AwardDecisionType(), new DocumentType()]);
        Assert.Equal(["AwardDecision", "Document", "Plan"], registry.NamesIn(new ContentSection("Documents")));
    }
}
