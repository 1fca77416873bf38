using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Text;
using EmulationPortal.Media.Services.Images;

namespace EmulationPortal.Media.Services;

/// <summary>Configuration section <c>Portal:Media:Renditions</c>.</summary>
public sealed class RenditionOptions
{
    public const string Section = "Portal:Media:Renditions";

    public static readonly IReadOnlyList<int> DefaultWidths = [480, 960, 1600];

    /// <summary>
    /// The widths to make; empty means <see cref="DefaultWidths"/>. The defaults are not the property's
    /// initial value because the configuration binder appends configured items to an array's initial
    /// items instead of replacing them.
    /// </summary>
    public int[] Widths { get; set; } = [];

    public int WebpQuality { get; set; } = 80;

    public int JpegQuality { get; set; } = 82;

    /// <summary>
    /// The processor time one vipsthumbnail run may use (prlimit --cpu, whole seconds, at least one), with
    /// <see cref="CpuTimePerMegapixel"/> added for each million pixels: a large photo gets what it needs, and
    /// a file that keeps libvips busy (a hostile one) is stopped early, so it cannot hold the queue. Processor
    /// time, not time on the clock: a busy server slows every run down but does not make them use more of it.
    /// </summary>
    public TimeSpan CpuTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A 100-megapixel JPEG takes under one second of processor time per rendition, an interlaced PNG about three.</summary>
    public TimeSpan CpuTimePerMegapixel { get; set; } = TimeSpan.FromSeconds(0.2);

    /// <summary>
    /// How long one run may take on the clock: only a backstop for a run that waits rather than works,
    /// so generous enough for a server whose processors are shared many times over.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The address space one vipsthumbnail run may use (prlimit --as).</summary>
    public long MemoryLimitBytes { get; set; } = 1L << 30;

    public string VipsThumbnailPath { get; set; } = "vipsthumbnail";
}

/// <summary>One resized copy of a photo, upright and without metadata.</summary>
public sealed record Rendition(int Width, int Height, string Format, string Path, long Bytes);

/// <summary>vipsthumbnail failed, was killed or ran out of time; the message (Vietnamese) says which.</summary>
public sealed class RenditionFailedException(string message) : Exception(message);

/// <summary>
/// Makes the WebP and JPEG renditions of a photo with libvips' <c>vipsthumbnail</c>, one separate
/// process per file, each under a time limit and an address-space limit: a hostile image can crash
/// or exhaust that process, never the site.
/// </summary>
public sealed class RenditionMaker(RenditionOptions options)
{
    public static readonly IReadOnlyList<string> Formats = ["webp", "jpg"];

    /// <summary>WebP cannot hold a taller picture; the same box keeps the JPEG of a width alike.</summary>
    private const int MaxRenditionHeight = 16_383;

    /// <summary>The start of vipsthumbnail's error output kept in a failure message.</summary>
    private const int MaxReportedErrorLength = 600;

    private static readonly Lazy<bool> Availability = new(() =>
        RunsSuccessfully("vipsthumbnail", "--vips-version") && RunsSuccessfully("prlimit", "--version"));

    /// <summary>Whether the vipsthumbnail on the PATH (and prlimit) run here; checked once.</summary>
    public static bool IsAvailable => Availability.Value;

    /// <summary>
    /// Writes <c>{width}.webp</c> and <c>{width}.jpg</c> into <paramref name="outputDirectory"/> for each
    /// configured width the photo can fill (never enlarging it: a photo narrower than every width gets
    /// one pair at its own width), and returns them by width, WebP first. Throws
    /// <see cref="MediaRejectedException"/> when the source is not a whole image, and
    /// <see cref="RenditionFailedException"/> when vipsthumbnail fails or a rendition would carry metadata.
    /// </summary>
    public async Task<IReadOnlyList<Rendition>> MakeAsync(string sourcePath, string outputDirectory, CancellationToken cancellationToken)
    {
        sourcePath = Path.GetFullPath(sourcePath);
        outputDirectory = Path.GetFullPath(outputDirectory);
        // libvips reads "[options]" at the end of a file name, and vipsthumbnail treats its output
        // name as a printf format: such characters would change what it does. Stored media never has them.
        if (sourcePath.AsSpan().ContainsAny("[]%") || outputDirectory.AsSpan().ContainsAny("[]%"))
        {
            throw new ArgumentException($"Paths given to vipsthumbnail may not contain '[', ']' or '%': {sourcePath}, {outputDirectory}");
        }
        // The upload was checked against the configured pixel limit; here only the upright width
        // matters, and the memory limit guards the decoding.
        var source = ImageProbe.Inspect(await File.ReadAllBytesAsync(sourcePath, cancellationToken), long.MaxValue);
        var cpuSeconds = (int)Math.Max(1, Math.Ceiling((options.CpuTime + options.CpuTimePerMegapixel * ((double)source.Width * source.Height / 1_000_000)).TotalSeconds));
        Directory.CreateDirectory(outputDirectory);
        var renditions = new List<Rendition>();
        foreach (var width in WidthsFor(source.Width))
        {
            foreach (var format in Formats)
            {
                renditions.Add(await MakeOneAsync(sourcePath, outputDirectory, width, format, cpuSeconds, cancellationToken));
            }
        }
        return renditions;
    }

    private List<int> WidthsFor(int sourceWidth)
    {
        var configured = options.Widths.Length == 0 ? RenditionOptions.DefaultWidths : options.Widths;
        var fitting = configured.Where(width => width <= sourceWidth).Distinct().Order().ToList();
        return fitting.Count > 0 ? fitting : [sourceWidth];
    }

    private async Task<Rendition> MakeOneAsync(string sourcePath, string outputDirectory, int width, string format, int cpuSeconds,
        CancellationToken cancellationToken)
    {
        var path = Path.Combine(outputDirectory, $"{width}.{format}");
        // vipsthumbnail picks the writer by the name's suffix, so the temporary name keeps it.
        var temporary = Path.Combine(outputDirectory, $"{width}.{Guid.NewGuid():N}.tmp.{format}");
        try
        {
            var quality = format == "webp" ? options.WebpQuality : options.JpegQuality;
            await RunVipsThumbnailAsync(sourcePath, $"{temporary}[Q={quality},strip]", width, format, cpuSeconds, cancellationToken);
            var bytes = await File.ReadAllBytesAsync(temporary, cancellationToken);
            ImageInfo written;
            try
            {
                if (format == "webp")
                {
                    // libvips 8.14 keeps the EXIF chunk (GPS included) in WebP despite "strip".
                    bytes = MetadataStripper.Strip(bytes, format);
                    await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
                }
                if (MetadataStripper.HasMetadata(bytes, format))
                {
                    throw new RenditionFailedException($"{Describe(width, format)}: tệp tạo ra vẫn còn siêu dữ liệu (EXIF/XMP), nên không được dùng.");
                }
                written = ImageProbe.Inspect(bytes, long.MaxValue);
            }
            catch (MediaRejectedException)
            {
                throw new RenditionFailedException($"{Describe(width, format)}: vipsthumbnail tạo ra một tệp hỏng.");
            }
            if (written.Extension != format)
            {
                throw new RenditionFailedException($"{Describe(width, format)}: vipsthumbnail tạo ra tệp {written.Extension} thay vì {format}.");
            }
            File.Move(temporary, path, overwrite: true);
            return new Rendition(written.Width, written.Height, format, path, bytes.LongLength);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Describe(int width, string format) => $"Không tạo được bản ảnh rộng {width} điểm ảnh ({format})";

    private async Task RunVipsThumbnailAsync(string sourcePath, string output, int width, string format, int cpuSeconds,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("prlimit")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add($"--as={options.MemoryLimitBytes.ToString(CultureInfo.InvariantCulture)}");
        start.ArgumentList.Add($"--cpu={cpuSeconds.ToString(CultureInfo.InvariantCulture)}");
        start.ArgumentList.Add("--");
        start.ArgumentList.Add(options.VipsThumbnailPath);
        start.ArgumentList.Add(sourcePath);
        start.ArgumentList.Add("--size");
        // ">" only ever shrinks; vipsthumbnail turns the photo upright by its EXIF orientation by default.
        start.ArgumentList.Add($"{width}x{MaxRenditionHeight}>");
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(output);
        // glibc reserves 64 MB of address space per malloc arena, one per thread up to eight per core:
        // under an address-space limit that would make the outcome depend on the machine's core count.
        start.Environment["MALLOC_ARENA_MAX"] = "2";
        // Loaders libvips marks as untrusted (not fuzzed) are refused outright.
        start.Environment["VIPS_BLOCK_UNTRUSTED"] = "1";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new RenditionFailedException($"{Describe(width, format)}: không khởi động được vipsthumbnail.");
        }
        catch (Win32Exception exception)
        {
            throw new RenditionFailedException($"{Describe(width, format)}: không chạy được prlimit ({exception.Message}).");
        }
        using (process)
        {
            // Both pipes are drained while it runs, or a chatty process would block on a full pipe.
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var outputText = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(options.Timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                throw new RenditionFailedException(
                    $"{Describe(width, format)}: vipsthumbnail chạy quá {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.GetCultureInfo("vi-VN"))} giây nên đã bị dừng.");
            }
            var errorText = (await errors).Trim();
            await outputText;
            // The processor-time limit ends the run with SIGXCPU, or SIGKILL at the same second (128 + signal).
            if (process.ExitCode is 128 + 24 or 128 + 9)
            {
                throw new RenditionFailedException(
                    $"{Describe(width, format)}: vipsthumbnail dùng hết {cpuSeconds} giây xử lý cho phép nên đã bị dừng.");
            }
            if (process.ExitCode != 0)
            {
                var reported = Excerpt.Shorten(errorText, MaxReportedErrorLength);
                throw new RenditionFailedException(
                    $"{Describe(width, format)}: vipsthumbnail kết thúc với mã lỗi {process.ExitCode} (giới hạn bộ nhớ {options.MemoryLimitBytes / (1024 * 1024)} MB). {reported}".TrimEnd());
            }
        }
    }

    private static bool RunsSuccessfully(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
