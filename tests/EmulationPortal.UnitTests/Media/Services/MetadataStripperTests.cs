using System.Buffers.Binary;
using System.Text;
using EmulationPortal.Media.Services;
using EmulationPortal.Media.Services.Images;

namespace EmulationPortal.UnitTests.Media.Services;

public sealed class MetadataStripperTests : IDisposable
{
    private readonly TestImages _images = new();

    public void Dispose() => _images.Dispose();

    /// <summary>
    /// Traces of metadata found by searching the raw bytes, independently of the parsers under test:
    /// the EXIF header, the GPS latitude as the test EXIF writes it, XMP, and the comment and author texts.
    /// </summary>
    public static IEnumerable<string> MetadataTraces(byte[] bytes)
    {
        (string Name, byte[] Pattern)[] patterns =
        [
            ("EXIF header", "Exif\0\0"u8.ToArray()),
            ("TIFF header", "II*\0"u8.ToArray()),
            ("GPS latitude", [(byte)TestImages.Latitude.Degrees, 0, 0, 0, 1, 0, 0, 0, (byte)TestImages.Latitude.Minutes, 0, 0, 0, 1, 0, 0, 0]),
            ("XMP", "xmpmeta"u8.ToArray()),
            ("XMP in GIF", "XMP DataXMP"u8.ToArray()),
            ("author", "Nguyen Van A"u8.ToArray()),
            ("comment", Encoding.UTF8.GetBytes("hội nghị tổng kết")),
        ];
        return patterns.Where(pattern => bytes.AsSpan().IndexOf(pattern.Pattern) >= 0).Select(pattern => pattern.Name);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = _images.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [VipsFact]
    public void A_phone_jpeg_loses_exif_gps_xmp_and_comment_and_still_decodes()
    {
        var original = File.ReadAllBytes(_images.PhoneJpeg());
        Assert.True(MetadataStripper.HasMetadata(original, "jpg"));
        Assert.Equal(["EXIF header", "TIFF header", "GPS latitude", "XMP", "comment"], MetadataTraces(original));

        var stripped = MetadataStripper.Strip(original, "jpg");

        Assert.False(MetadataStripper.HasMetadata(stripped, "jpg"));
        Assert.Empty(MetadataTraces(stripped));
        // Only the metadata went: the compressed pixels are byte for byte the same.
        Assert.EndsWith(Convert.ToHexString(original.AsSpan(original.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xDB]))), Convert.ToHexString(stripped));
        var path = Write("stripped.jpg", stripped);
        Assert.Equal(TestImages.DecodedAverage(_images.PathOf("phone.jpg")), TestImages.DecodedAverage(path));
        // The orientation went with the EXIF: stripping is for pixels already turned upright.
        Assert.Equal(new ImageInfo("jpg", 800, 1200), ImageProbe.Inspect(stripped, long.MaxValue));
    }

    [VipsFact]
    public void Jpeg_colour_segments_are_kept_and_a_second_picture_after_the_first_is_dropped()
    {
        var plain = File.ReadAllBytes(_images.Photo("plain.jpg", 200, 100));
        var withMetadata = TestImages.WithJpegMetadata(plain, orientation: 1);
        byte[] icc = [0xFF, 0xE2, 0x00, 0x10, .. "ICC_PROFILE\0"u8, 1, 1];
        byte[] adobe = [0xFF, 0xEE, 0x00, 0x0E, .. "Adobe"u8, 0, 100, 0, 0, 0, 0, 1];
        byte[] photoshop = [0xFF, 0xED, 0x00, 0x0C, .. "Photoshop"u8, 0];
        // A multi-picture file (MPF) appends another whole JPEG, with its own EXIF, after the first EOI.
        byte[] file = [.. withMetadata[..2], .. icc, .. adobe, .. photoshop, .. withMetadata[2..], .. withMetadata];

        var stripped = MetadataStripper.Strip(file, "jpg");

        Assert.Equal([.. plain[..2], .. icc, .. adobe, .. plain[2..]], stripped);
        Assert.True(MetadataStripper.HasMetadata(file, "jpg"));
        Assert.False(MetadataStripper.HasMetadata(stripped, "jpg"));
    }

    [VipsFact]
    public void A_png_loses_text_xmp_exif_and_time_chunks_and_still_decodes()
    {
        var path = _images.PngWithMetadata();
        var original = File.ReadAllBytes(path);
        Assert.True(MetadataStripper.HasMetadata(original, "png"));
        Assert.NotEmpty(MetadataTraces(original));

        var stripped = MetadataStripper.Strip(original, "png");

        Assert.False(MetadataStripper.HasMetadata(stripped, "png"));
        Assert.Empty(MetadataTraces(stripped));
        foreach (var chunk in new[] { "tEXt", "iTXt", "eXIf", "tIME" })
        {
            Assert.True(stripped.AsSpan().IndexOf(Encoding.ASCII.GetBytes(chunk)) < 0, chunk);
        }
        Assert.Equal(TestImages.DecodedAverage(path), TestImages.DecodedAverage(Write("stripped.png", stripped)));
    }

    [VipsFact]
    public void A_webp_loses_its_exif_and_xmp_chunks_and_flags_and_still_decodes()
    {
        // libvips carries the phone photo's EXIF (GPS included) and XMP into the WebP it writes.
        var path = _images.PathOf("phone.webp");
        TestImages.Run("vips", "copy", _images.PhoneJpeg(), path);
        var original = File.ReadAllBytes(path);
        Assert.True(MetadataStripper.HasMetadata(original, "webp"));
        Assert.Contains("GPS latitude", MetadataTraces(original));
        Assert.True(original.AsSpan().IndexOf("EXIF"u8) > 0 && original.AsSpan().IndexOf("XMP "u8) > 0);

        var stripped = MetadataStripper.Strip(original, "webp");

        Assert.False(MetadataStripper.HasMetadata(stripped, "webp"));
        Assert.Empty(MetadataTraces(stripped));
        Assert.True(stripped.AsSpan().IndexOf("EXIF"u8) < 0 && stripped.AsSpan().IndexOf("XMP "u8) < 0);
        Assert.Equal("VP8X"u8.ToArray(), stripped[12..16]);
        Assert.Equal(0, stripped[20] & 0x0C);
        Assert.Equal((uint)stripped.Length - 8, BinaryPrimitives.ReadUInt32LittleEndian(stripped.AsSpan(4)));
        Assert.Equal(TestImages.DecodedAverage(path), TestImages.DecodedAverage(Write("stripped.webp", stripped)));
    }

    [VipsFact]
    public void A_gif_loses_its_comment_and_xmp_extensions_and_still_decodes()
    {
        var path = _images.GifWithMetadata();
        var original = File.ReadAllBytes(path);
        Assert.True(MetadataStripper.HasMetadata(original, "gif"));

        var stripped = MetadataStripper.Strip(original, "gif");

        Assert.False(MetadataStripper.HasMetadata(stripped, "gif"));
        Assert.Empty(MetadataTraces(stripped));
        Assert.Equal(TestImages.DecodedAverage(path), TestImages.DecodedAverage(Write("stripped.gif", stripped)));
    }

    /// <summary>libvips' "strip" works for JPEG, PNG and GIF; its WebP always carries an EXIF chunk (8.14).</summary>
    [VipsTheory]
    [InlineData("jpg", false)]
    [InlineData("png", false)]
    [InlineData("gif", false)]
    [InlineData("webp", true)]
    public void Stripping_is_needed_only_where_metadata_is_and_changes_nothing_twice(string extension, bool libvipsLeavesMetadata)
    {
        var written = File.ReadAllBytes(_images.Photo($"plain.{extension}", 120, 80));

        var stripped = MetadataStripper.Strip(written, extension);

        Assert.Equal(libvipsLeavesMetadata, MetadataStripper.HasMetadata(written, extension));
        Assert.Equal(libvipsLeavesMetadata, !written.SequenceEqual(stripped));
        Assert.False(MetadataStripper.HasMetadata(stripped, extension));
        Assert.Equal(stripped, MetadataStripper.Strip(stripped, extension));
    }
}
