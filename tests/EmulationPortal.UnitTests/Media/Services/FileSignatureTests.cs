using System.IO.Compression;
using System.Text;
using EmulationPortal.Core.Media;
using EmulationPortal.Media.Services;

namespace EmulationPortal.UnitTests.Media.Services;

public sealed class FileSignatureTests
{
    private static FileSignature? Detect(byte[] bytes) =>
        FileSignature.Detect(bytes, () => new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read));

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "jpg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1 }, "gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56 }, "webp")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "pdf")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 }, "doc")]
    public void Files_are_known_by_their_first_bytes(byte[] bytes, string extension)
    {
        Assert.Equal(extension, Detect(bytes)?.Extension);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<!DOCTYPE html><html><body>ảnh.jpg</body></html>")]
    [InlineData("MZ\u0090\u0000")]
    [InlineData("")]
    public void Anything_else_is_unknown_whatever_its_name(string content)
    {
        Assert.Null(Detect(Encoding.UTF8.GetBytes(content)));
    }

    [Theory]
    [InlineData("word/document.xml", "docx")]
    [InlineData("xl/workbook.xml", "xlsx")]
    [InlineData("other.txt", null)]
    public void Office_files_are_told_apart_by_what_the_zip_holds(string entry, string? extension)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<x/>");
        }
        Assert.Equal(extension, Detect(buffer.ToArray())?.Extension);
    }

    [Fact]
    public async Task The_store_keeps_one_copy_per_content_and_refuses_unknown_or_oversized_files()
    {
        var root = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("N"));
        var store = new FileSystemMediaStore(root, maxFileBytes: 1024, maxPixels: 1_000_000);
        byte[] pdf = [.. "%PDF-1.4\n"u8, .. new byte[100]];

        var first = await store.StoreAsync(new MemoryStream(pdf), "a.pdf");
        var second = await store.StoreAsync(new MemoryStream(pdf), "khac-ten.jpg");

        Assert.Equal(first.Key, second.Key);
        Assert.Matches("^[0-9a-f]{64}\\.pdf$", first.Key);
        Assert.Single(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories));
        Assert.Equal(MediaKind.Document, store.Describe(first.Key)!.Kind);
        Assert.Null(store.Describe("../../etc/passwd"));
        Assert.Null(store.OpenRead("0000.pdf"));
        var refused = await Assert.ThrowsAsync<MediaRejectedException>(() => store.StoreAsync(new MemoryStream("<svg/>"u8.ToArray()), "anh.svg"));
        Assert.Contains("không phải ảnh", refused.Message);
        await Assert.ThrowsAsync<MediaRejectedException>(() => store.StoreAsync(new MemoryStream([.. "%PDF-"u8, .. new byte[2000]]), "lon.pdf"));
    }
}
