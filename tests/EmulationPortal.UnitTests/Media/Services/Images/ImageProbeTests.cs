using System.Buffers.Binary;
using System.Text;
using EmulationPortal.Core.Media;
using EmulationPortal.Media.Services;
using EmulationPortal.Media.Services.Images;

namespace EmulationPortal.UnitTests.Media.Services.Images;

public sealed class ImageProbeTests : IDisposable
{
    private const long FortyMegapixels = 40_000_000;
    private const string BrokenMessage = "Tệp ảnh bị hỏng hoặc không đầy đủ.";

    private readonly TestImages _images = new();

    public void Dispose() => _images.Dispose();

    private static string Refusal(byte[] bytes, long maxPixels = FortyMegapixels) =>
        Assert.Throws<MediaRejectedException>(() => ImageProbe.Inspect(bytes, maxPixels)).Message;

    [VipsTheory]
    [InlineData("jpg")]
    [InlineData("png")]
    [InlineData("gif")]
    [InlineData("webp")]
    [InlineData("heic")]
    public void Each_format_is_measured_from_its_headers(string extension)
    {
        var path = _images.Photo($"photo.{extension}", 300, 200);

        Assert.Equal(new ImageInfo(extension, 300, 200), ImageProbe.Inspect(File.ReadAllBytes(path), FortyMegapixels));
    }

    [VipsFact]
    public void Lossless_webp_is_measured_too()
    {
        var path = _images.PathOf("lossless.webp");
        TestImages.Run("vips", "copy", _images.Photo("source.png", 321, 123), $"{path}[lossless]");

        Assert.Equal(new ImageInfo("webp", 321, 123), ImageProbe.Inspect(File.ReadAllBytes(path), FortyMegapixels));
    }

    [VipsFact]
    public void A_phone_photo_stored_sideways_is_measured_upright()
    {
        var bytes = File.ReadAllBytes(_images.PhoneJpeg(width: 1200, height: 800));

        Assert.Equal("800", TestImages.Run("vipsheader", "-f", "width", _images.PathOf("phone.jpg")).Trim());
        Assert.Equal(new ImageInfo("jpg", 1200, 800), ImageProbe.Inspect(bytes, FortyMegapixels));
    }

    /// <summary>
    /// A 12-bit JPEG (here an 8-bit one whose frame header says 12, as medical and some camera software
    /// write) and a lossless one are whole by every structural check, but libvips' 8-bit libjpeg can
    /// never decode them: vipsthumbnail fails on them, so the upload refuses them.
    /// </summary>
    [VipsTheory]
    [InlineData(0xC0, 12)]
    [InlineData(0xC3, 8)]
    public async Task A_jpeg_libvips_cannot_decode_is_refused_from_its_frame_header(byte frameMarker, byte precision)
    {
        var bytes = File.ReadAllBytes(_images.Photo("plain.jpg", 640, 480));
        var frame = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);
        bytes[frame + 1] = frameMarker;
        bytes[frame + 4] = precision;
        var path = _images.PathOf("special.jpg");
        await File.WriteAllBytesAsync(path, bytes);

        var failure = Assert.Throws<InvalidOperationException>(() => TestImages.Run("vipsthumbnail", path, "-o", _images.PathOf("out.jpg")));
        Assert.Contains("Unsupported JPEG", failure.Message);
        Assert.StartsWith("Ảnh JPEG này được lưu theo kiểu đặc biệt (12 bit", Refusal(bytes));
    }

    /// <summary>
    /// Phones store HEIC sideways with an <c>irot</c> property, which libheif applies when decoding.
    /// libvips writes no irot, so the test turns its 16-byte <c>pixi</c> property (the last one, an
    /// optional description of bit depths) into an irot of the same size.
    /// </summary>
    [VipsFact]
    public void A_heic_turned_by_its_rotation_property_is_measured_as_libheif_shows_it()
    {
        var path = _images.Photo("upright.heic", 300, 200);
        var bytes = File.ReadAllBytes(path);
        var pixi = bytes.AsSpan().IndexOf("pixi"u8) - 4;
        Assert.Equal([0, 0, 0, 16], bytes[pixi..(pixi + 4)]);
        byte[] quarterTurn = [0, 0, 0, 16, .. "irot"u8, 1, 0, 0, 0, 0, 0, 0, 0];
        quarterTurn.CopyTo(bytes, pixi);
        var turned = _images.PathOf("turned.heic");
        File.WriteAllBytes(turned, bytes);

        Assert.Equal("200", TestImages.Run("vipsheader", "-f", "width", turned).Trim());
        Assert.Equal(new ImageInfo("heic", 200, 300), ImageProbe.Inspect(bytes, FortyMegapixels));
    }

    [VipsFact]
    public void A_heic_declaring_a_huge_picture_is_refused_before_decoding()
    {
        var bytes = File.ReadAllBytes(_images.Photo("photo.heic", 300, 200));
        var extent = bytes.AsSpan().IndexOf("ispe"u8) + 8;
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(extent), 30000);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(extent + 4), 30000);

        Assert.Equal("Ảnh quá lớn: 30000×30000 điểm ảnh; tối đa 40 triệu điểm ảnh.", Refusal(bytes));
    }

    [Fact]
    public void Svg_with_a_script_is_refused()
    {
        var message = Refusal(Encoding.UTF8.GetBytes(TestImages.SvgWithScript));

        Assert.Equal("Tệp không phải ảnh JPEG, PNG, GIF, WebP hay HEIC. Các loại khác, kể cả SVG và trang HTML đổi tên thành ảnh, không được nhận.", message);
    }

    [Theory]
    [InlineData(TestImages.HtmlPage)]
    [InlineData("")]
    [InlineData("GIF8")]
    [InlineData("\0\0\0\u0018ftypmp42\0\0\0\0mp42isom")]
    public void Html_renamed_as_a_photo_and_other_non_images_are_refused(string content)
    {
        Assert.StartsWith("Tệp không phải ảnh JPEG, PNG, GIF, WebP hay HEIC.", Refusal(Encoding.UTF8.GetBytes(content)));
    }

    [VipsTheory]
    [InlineData("jpg")]
    [InlineData("png")]
    [InlineData("gif")]
    [InlineData("webp")]
    [InlineData("heic")]
    public void A_truncated_file_is_refused(string extension)
    {
        var whole = File.ReadAllBytes(_images.Photo($"whole.{extension}", 300, 200));

        Assert.Equal(BrokenMessage, Refusal(whole[..(whole.Length * 2 / 3)]));
        Assert.Equal(BrokenMessage, Refusal(whole[..(whole.Length - 1)]));
    }

    [VipsFact]
    public void A_jpeg_cut_short_and_padded_with_zeros_is_refused()
    {
        var whole = File.ReadAllBytes(_images.Photo("whole.jpg", 300, 200));
        byte[] padded = [.. whole[..(whole.Length / 2)], .. new byte[1000]];

        Assert.Equal(BrokenMessage, Refusal(padded));
        Assert.Equal(new ImageInfo("jpg", 300, 200), ImageProbe.Inspect([.. whole, .. new byte[16]], FortyMegapixels));
    }

    [Fact]
    public void Pixel_bombs_are_refused_from_their_headers_alone()
    {
        const string expected = "Ảnh quá lớn: 30000×30000 điểm ảnh; tối đa 40 triệu điểm ảnh.";

        Assert.Equal(expected, Refusal(TestImages.PngBomb(30000, 30000)));
        Assert.Equal(expected, Refusal(TestImages.JpegBomb(30000, 30000)));
        Assert.Equal("Ảnh quá lớn: 5000×5000 điểm ảnh; tối đa 12,5 triệu điểm ảnh.", Refusal(TestImages.PngBomb(5000, 5000), 12_500_000));
    }

    [VipsFact]
    public void The_bomb_is_what_libvips_would_have_tried_to_decode()
    {
        var path = _images.PathOf("bomb.png");
        File.WriteAllBytes(path, TestImages.PngBomb(30000, 30000));

        Assert.Equal("30000", TestImages.Run("vipsheader", "-f", "width", path).Trim());
    }

    [Fact]
    public void A_small_bomb_within_the_limit_passes_the_header_check()
    {
        Assert.Equal(new ImageInfo("png", 2000, 1000), ImageProbe.Inspect(TestImages.PngBomb(2000, 1000), FortyMegapixels));
        Assert.Equal(new ImageInfo("jpg", 2000, 1000), ImageProbe.Inspect(TestImages.JpegBomb(2000, 1000), FortyMegapixels));
    }

    [Theory]
    [InlineData(0u, 100u, "Kích thước ảnh không hợp lệ: 0×100 điểm ảnh.")]
    [InlineData(100u, 0u, "Kích thước ảnh không hợp lệ: 100×0 điểm ảnh.")]
    [InlineData(100_000u, 1u, "Kích thước ảnh không hợp lệ: 100000×1 điểm ảnh.")]
    [InlineData(4_294_967_295u, 4_294_967_295u, "Kích thước ảnh không hợp lệ: 4294967295×4294967295 điểm ảnh.")]
    public void Zero_and_absurd_sizes_are_refused(uint width, uint height, string expected)
    {
        Assert.Equal(expected, Refusal(TestImages.PngBomb(width, height)));
    }

    /// <summary>
    /// Damaged headers, cuts and insertions anywhere: the readers either measure the file or refuse
    /// it, and never fail in any other way (an index out of range would be a 500 for the uploader).
    /// </summary>
    [VipsTheory]
    [InlineData("jpg")]
    [InlineData("png")]
    [InlineData("gif")]
    [InlineData("webp")]
    [InlineData("heic")]
    public void Damaged_files_are_measured_or_refused_and_nothing_else(string extension)
    {
        var whole = File.ReadAllBytes(_images.Photo($"whole.{extension}", 120, 80));
        var random = new Random(Seed: 20261121);
        for (var attempt = 0; attempt < 2000; attempt++)
        {
            var damaged = whole.ToList();
            switch (attempt % 3)
            {
                case 0:
                    var from = random.Next(damaged.Count);
                    damaged.RemoveRange(from, Math.Min(random.Next(1, 64), damaged.Count - from));
                    break;
                case 1:
                    damaged.InsertRange(random.Next(Math.Min(damaged.Count, 1024)), Enumerable.Range(0, random.Next(1, 16)).Select(_ => (byte)random.Next(256)));
                    break;
                default:
                    for (var flip = random.Next(1, 5); flip > 0; flip--)
                    {
                        damaged[random.Next(Math.Min(damaged.Count, 1024))] = (byte)random.Next(256);
                    }
                    break;
            }
            var bytes = damaged.ToArray();
            try
            {
                var info = ImageProbe.Inspect(bytes, FortyMegapixels);
                if (info.Extension != "heic")
                {
                    Assert.False(MetadataStripper.HasMetadata(MetadataStripper.Strip(bytes, info.Extension), info.Extension));
                }
            }
            catch (MediaRejectedException)
            {
            }
        }
    }

    [Fact]
    public void A_jpeg_without_a_scan_is_broken()
    {
        byte[] headerOnly = [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x0B, 8, 0, 10, 0, 10, 1, 1, 0x11, 0, 0xFF, 0xD9];

        Assert.Equal(BrokenMessage, Refusal(headerOnly));
    }

    [Fact]
    public void A_png_without_iend_is_broken()
    {
        var bomb = TestImages.PngBomb(10, 10);

        Assert.Equal(BrokenMessage, Refusal(bomb[..^12]));
    }
}
