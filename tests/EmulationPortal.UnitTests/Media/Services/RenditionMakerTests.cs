using EmulationPortal.Media.Services;
using EmulationPortal.Media.Services.Images;

namespace EmulationPortal.UnitTests.Media.Services;

public sealed class RenditionMakerTests : IDisposable
{
    private readonly TestImages _images = new();

    public void Dispose() => _images.Dispose();

    private string Output => _images.PathOf("renditions");

    /// <summary>
    /// The mean brightness of the top and bottom fifths of a picture, each decoded by libvips: the
    /// test scenes have their bright sky at the top, so this tells which way up a rendition is.
    /// </summary>
    private (double Top, double Bottom) TopAndBottomBrightness(Rendition rendition)
    {
        var band = rendition.Height / 5;
        var top = _images.PathOf($"top-{rendition.Width}-{rendition.Format}.v");
        var bottom = _images.PathOf($"bottom-{rendition.Width}-{rendition.Format}.v");
        TestImages.Run("vips", "crop", rendition.Path, top, "0", "0", $"{rendition.Width}", $"{band}");
        TestImages.Run("vips", "crop", rendition.Path, bottom, "0", $"{rendition.Height - band}", $"{rendition.Width}", $"{band}");
        return (TestImages.DecodedAverage(top), TestImages.DecodedAverage(bottom));
    }

    [VipsFact]
    public async Task A_sideways_phone_photo_with_gps_comes_out_upright_and_without_metadata_at_every_width()
    {
        var source = _images.PhoneJpeg(width: 1200, height: 800);

        var renditions = await new RenditionMaker(new RenditionOptions()).MakeAsync(source, Output, CancellationToken.None);

        // 1600 would enlarge the 1200-pixel-wide photo: it is left out.
        Assert.Equal(
            [(480, 320, "webp"), (480, 320, "jpg"), (960, 640, "webp"), (960, 640, "jpg")],
            renditions.Select(rendition => (rendition.Width, rendition.Height, rendition.Format)));
        foreach (var rendition in renditions)
        {
            Assert.Equal(Path.Combine(Output, $"{rendition.Width}.{rendition.Format}"), rendition.Path);
            var bytes = await File.ReadAllBytesAsync(rendition.Path);
            Assert.Equal(bytes.LongLength, rendition.Bytes);
            Assert.Equal(new ImageInfo(rendition.Format, rendition.Width, rendition.Height), ImageProbe.Inspect(bytes, long.MaxValue));
            Assert.False(MetadataStripper.HasMetadata(bytes, rendition.Format), rendition.Path);
            Assert.Empty(MetadataStripperTests.MetadataTraces(bytes));
            var (top, bottom) = TopAndBottomBrightness(rendition);
            Assert.True(top > bottom + 100, $"{rendition.Path}: top {top:0}, bottom {bottom:0}: not upright");
        }
        Assert.Equal(["480.jpg", "480.webp", "960.jpg", "960.webp"], Directory.GetFiles(Output).Select(Path.GetFileName).Order());
    }

    [VipsFact]
    public async Task A_photo_narrower_than_every_width_gets_one_pair_at_its_own_width()
    {
        var source = _images.Photo("small.png", 300, 200);

        var renditions = await new RenditionMaker(new RenditionOptions()).MakeAsync(source, Output, CancellationToken.None);

        Assert.Equal([(300, 200, "webp"), (300, 200, "jpg")], renditions.Select(rendition => (rendition.Width, rendition.Height, rendition.Format)));
    }

    [VipsTheory]
    [InlineData("heic")]
    [InlineData("webp")]
    [InlineData("gif")]
    public async Task Other_accepted_formats_are_rendered_too(string extension)
    {
        var source = _images.Photo($"photo.{extension}", 640, 480);

        var renditions = await new RenditionMaker(new RenditionOptions { Widths = [480] }).MakeAsync(source, Output, CancellationToken.None);

        Assert.Equal([(480, 360, "webp"), (480, 360, "jpg")], renditions.Select(rendition => (rendition.Width, rendition.Height, rendition.Format)));
    }

    [VipsTheory]
    [InlineData("webp")]
    [InlineData("png")]
    public async Task A_sideways_phone_photo_saved_in_another_format_keeps_its_orientation(string extension)
    {
        // libvips carries the EXIF, orientation included, into the WebP or PNG it writes.
        var source = _images.PathOf($"phone.{extension}");
        TestImages.Run("vips", "copy", _images.PhoneJpeg(), source);
        Assert.Equal(new ImageInfo(extension, 1200, 800), ImageProbe.Inspect(File.ReadAllBytes(source), long.MaxValue));

        var renditions = await new RenditionMaker(new RenditionOptions { Widths = [480] }).MakeAsync(source, Output, CancellationToken.None);

        foreach (var rendition in renditions)
        {
            Assert.Equal((480, 320), (rendition.Width, rendition.Height));
            var (top, bottom) = TopAndBottomBrightness(rendition);
            Assert.True(top > bottom + 100, $"{rendition.Path}: top {top:0}, bottom {bottom:0}: not upright");
        }
    }

    /// <summary>
    /// Why WebP renditions go through <see cref="MetadataStripper"/>: libvips 8.14's "strip" removes
    /// EXIF from JPEG output but leaves the EXIF chunk, GPS included, in WebP output.
    /// </summary>
    [VipsFact]
    public void Libvips_strip_leaves_the_exif_in_webp_but_not_in_jpeg()
    {
        var source = _images.PhoneJpeg();
        var webp = _images.PathOf("straight.webp");
        var jpeg = _images.PathOf("straight.jpg");

        TestImages.Run("vipsthumbnail", source, "--size", "480x", "-o", $"{webp}[strip]");
        TestImages.Run("vipsthumbnail", source, "--size", "480x", "-o", $"{jpeg}[strip]");

        var webpBytes = File.ReadAllBytes(webp);
        Assert.True(MetadataStripper.HasMetadata(webpBytes, "webp"));
        Assert.Contains("GPS latitude", MetadataStripperTests.MetadataTraces(webpBytes));
        Assert.False(MetadataStripper.HasMetadata(File.ReadAllBytes(jpeg), "jpg"));
    }

    [VipsFact]
    public async Task A_run_over_its_time_limit_is_killed_and_leaves_nothing()
    {
        var source = _images.PhoneJpeg("large.jpg");
        var maker = new RenditionMaker(new RenditionOptions { Timeout = TimeSpan.FromMilliseconds(1) });

        var failure = await Assert.ThrowsAsync<RenditionFailedException>(() => maker.MakeAsync(source, Output, CancellationToken.None));

        Assert.Equal("Không tạo được bản ảnh rộng 480 điểm ảnh (webp): vipsthumbnail chạy quá 0,001 giây nên đã bị dừng.", failure.Message);
        Assert.Empty(Directory.GetFiles(Output));
    }

    /// <summary>
    /// A small file that keeps libvips busy is stopped by the processor time it used, however slowly a
    /// busy server runs it: 292 KB of interlaced PNG needs about three seconds of processor time to decode,
    /// one second is allowed (the least prlimit sets), and the limit grows only with the declared pixels.
    /// </summary>
    [VipsFact]
    public async Task A_run_over_its_processor_time_is_stopped_whatever_the_clock_says()
    {
        var source = _images.Committed("black-10000x10000-interlaced.png", "busy.png");
        var maker = new RenditionMaker(new RenditionOptions { Widths = [480], CpuTime = TimeSpan.Zero, CpuTimePerMegapixel = TimeSpan.FromSeconds(0.01) });

        var failure = await Assert.ThrowsAsync<RenditionFailedException>(() => maker.MakeAsync(source, Output, CancellationToken.None));

        Assert.Equal("Không tạo được bản ảnh rộng 480 điểm ảnh (webp): vipsthumbnail dùng hết 1 giây xử lý cho phép nên đã bị dừng.", failure.Message);
        Assert.Empty(Directory.GetFiles(Output));
    }

    [VipsFact]
    public async Task A_run_over_its_memory_limit_fails_cleanly()
    {
        // 292 KB on disk, 300 MB to decode: an interlaced PNG must be held whole in memory.
        var source = _images.Committed("black-10000x10000-interlaced.png", "interlaced.png");
        var tight = new RenditionMaker(new RenditionOptions { Widths = [480], MemoryLimitBytes = 250_000_000, Timeout = TimeSpan.FromMinutes(1) });

        var failure = await Assert.ThrowsAsync<RenditionFailedException>(() => tight.MakeAsync(source, Output, CancellationToken.None));

        Assert.StartsWith("Không tạo được bản ảnh rộng 480 điểm ảnh (webp): vipsthumbnail kết thúc với mã lỗi ", failure.Message);
        Assert.Contains("(giới hạn bộ nhớ 238 MB)", failure.Message);
        Assert.Empty(Directory.GetFiles(Output));
        // With the default limit the same photo renders: the memory limit was the reason.
        var renditions = await new RenditionMaker(new RenditionOptions { Widths = [480] }).MakeAsync(source, Output, CancellationToken.None);
        Assert.Equal(2, renditions.Count);
    }

    [Fact]
    public async Task Paths_libvips_would_read_options_from_are_refused()
    {
        var maker = new RenditionMaker(new RenditionOptions());

        await Assert.ThrowsAsync<ArgumentException>(() => maker.MakeAsync("/tmp/photo.jpg[shrink=2]", Output, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => maker.MakeAsync("/tmp/photo.jpg", "/tmp/%s", CancellationToken.None));
    }
}
