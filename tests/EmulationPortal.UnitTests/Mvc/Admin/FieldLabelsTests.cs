using EmulationPortal.Documents.Models;
using EmulationPortal.Mvc.Admin;

namespace EmulationPortal.UnitTests.Mvc.Admin;

public sealed class FieldLabelsTests
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    [Fact]
    public void Shared_fields_are_named_whatever_the_type()
    {
        Assert.Equal("Tiêu đề", FieldLabels.For("title", None));
        Assert.Equal("Ảnh thứ 1: chú thích", FieldLabels.For("photos[0].caption", None));
        Assert.Equal("Tệp đính kèm, dòng 2: Tiêu đề", FieldLabels.For("attachments[1].title", None));
        Assert.Equal("Ảnh", FieldLabels.For("photos:anh.svg", None));
    }

    [Fact]
    public void A_type_names_its_own_fields_and_rows()
    {
        var labels = new AwardDecisionType().FieldLabels;

        Assert.Equal("Số, ký hiệu", FieldLabels.For("number", labels));
        Assert.Equal("Danh sách khen thưởng, dòng 3: hình thức", FieldLabels.For("awards[2].kind", labels));
        Assert.Equal("Người ký", FieldLabels.For("signer.name", labels));
        Assert.Equal("number", FieldLabels.For("number", None));
    }

    [Fact]
    public void A_type_may_rename_a_shared_field_for_its_own_form()
    {
        var labels = new Dictionary<string, string> { ["body"] = "Nội dung thông báo" };

        Assert.Equal("Nội dung thông báo", FieldLabels.For("body", labels));
        Assert.Equal("Cụm, khối thi đua", FieldLabels.For("cluster", labels));
    }

    [Fact]
    public void A_field_named_as_model_binding_names_it_has_the_same_label_as_its_content_type_gives_it()
    {
        var labels = new AwardDecisionType().FieldLabels;

        Assert.Equal(FieldLabels.For("awards[2].kind", labels), FieldLabels.For("Awards[2].Kind", labels));
        Assert.Equal(FieldLabels.For("year", labels), FieldLabels.For("Year", labels));
        Assert.Equal("Tiêu đề", FieldLabels.For("Title", None));
    }
}
