using EmulationPortal.Core.Media;

namespace EmulationPortal.UnitTests.Core.Media;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("Kế hoạch năm 2025.pdf", "Kế hoạch năm 2025.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\van-thu\\Quyết định.docx", "Quyết định.docx")]
    [InlineData("bao\"cao<1>|?.pdf", "baocao1.pdf")]
    [InlineData("   ...   ", "tai-lieu")]
    [InlineData(null, "tai-lieu")]
    [InlineData("bao-cao\u202Efdp.exe", "bao-caofdp.exe")]
    [InlineData("\u2067Quyết\u200B định\u2069\u200F.pdf", "Quyết định.pdf")]
    public void Names_keep_their_Vietnamese_and_lose_folders_and_reserved_characters(string? name, string expected)
    {
        Assert.Equal(expected, SafeFileName.From(name));
    }

    [Theory]
    [InlineData("Quyết định 1197.docx", "pdf", "Quyết định 1197.pdf")]
    [InlineData("Kế hoạch.PDF", "pdf", "Kế hoạch.PDF")]
    [InlineData("", "pdf", "tai-lieu.pdf")]
    public void The_download_name_carries_the_stored_type(string name, string extension, string expected)
    {
        Assert.Equal(expected, SafeFileName.WithExtension(name, extension));
    }

    [Theory]
    [InlineData("anh.jpg", true)]
    [InlineData("Ảnh hội nghị (1).jpg", true)]
    [InlineData("../anh.jpg", false)]
    [InlineData("thu-muc/anh.jpg", false)]
    [InlineData("..", false)]
    [InlineData("anh\u0000.jpg", false)]
    [InlineData("", false)]
    public void Only_a_bare_file_name_is_plain(string name, bool plain)
    {
        Assert.Equal(plain, SafeFileName.IsPlain(name));
    }
}
