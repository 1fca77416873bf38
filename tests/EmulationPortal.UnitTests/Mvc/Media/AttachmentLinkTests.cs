using EmulationPortal.Mvc.Media;

namespace EmulationPortal.UnitTests.Mvc.Media;

public sealed class AttachmentLinkTests
{
    [Theory]
    [InlineData(48L, "PDF, 48 KB")]
    [InlineData(1023L, "PDF, 1023 KB")]
    [InlineData(1229L, "PDF, 1,2 MB")]
    [InlineData(10240L, "PDF, 10 MB")]
    public void A_size_reads_as_Vietnamese_readers_write_it(long kilobytes, string expected) =>
        Assert.Equal(expected, new AttachmentLink("Quyết định", "/media/a.pdf", "PDF", kilobytes).FormatAndSize);

    [Fact]
    public void A_file_missing_from_the_store_has_no_size() =>
        Assert.Null(new AttachmentLink("Quyết định", "/media/a.pdf", null, null).FormatAndSize);
}
