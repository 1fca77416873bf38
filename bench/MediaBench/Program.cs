using System.Diagnostics;
using System.Globalization;
using EmulationPortal.Media.Services;
using EmulationPortal.Media.Services.Images;
using EmulationPortal.TestSupport;

// Time and peak memory to make every rendition of a 12-megapixel phone photo, through the real
// RenditionMaker (time and memory limits included). Usage: MediaBench [--runs N]
var runs = args is ["--runs", var count] ? int.Parse(count, CultureInfo.InvariantCulture) : 5;
if (!OperatingSystem.IsLinux() || !RenditionMaker.IsAvailable)
{
    Console.Error.WriteLine("Needs Linux with vipsthumbnail, prlimit and /usr/bin/time: the Debian packages libvips-tools, util-linux and time.");
    return 1;
}

using var images = new TestImages();
var source = images.PhoneJpeg("photo.jpg", width: 4000, height: 3000, quality: 85);
var sourceInfo = ImageProbe.Inspect(File.ReadAllBytes(source), long.MaxValue);

// Timed runs use vipsthumbnail itself. Measured runs go through /usr/bin/time, which appends each
// child's peak resident set (KB) to a log, one line per process, in the order RenditionMaker starts them.
var peakLog = images.PathOf("peak-rss.log");
var measuredVipsThumbnail = images.PathOf("vipsthumbnail-measured.sh");
File.WriteAllText(measuredVipsThumbnail, $"#!/bin/sh\nexec /usr/bin/time -f %M -a -o '{peakLog}' vipsthumbnail \"$@\"\n");
File.SetUnixFileMode(measuredVipsThumbnail, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
var options = new RenditionOptions();
var timed = new RenditionMaker(options);
var measured = new RenditionMaker(new RenditionOptions { VipsThumbnailPath = measuredVipsThumbnail });

var wallTimes = new List<double>();
var peaks = new Dictionary<(int Width, string Format), List<double>>();
IReadOnlyList<Rendition> renditions = [];
for (var run = 0; run < runs; run++)
{
    var stopwatch = Stopwatch.StartNew();
    renditions = await timed.MakeAsync(source, images.PathOf($"timed-{run}"), CancellationToken.None);
    wallTimes.Add(stopwatch.Elapsed.TotalSeconds);

    File.Delete(peakLog);
    var measuredRenditions = await measured.MakeAsync(source, images.PathOf($"measured-{run}"), CancellationToken.None);
    var kilobytes = File.ReadAllLines(peakLog).Select(line => double.Parse(line, CultureInfo.InvariantCulture));
    foreach (var (rendition, peak) in measuredRenditions.Zip(kilobytes))
    {
        peaks.TryAdd((rendition.Width, rendition.Format), []);
        peaks[(rendition.Width, rendition.Format)].Add(peak / 1024);
    }
}

static string Row(string label, IEnumerable<double> values, string format)
{
    var sorted = values.Order().ToList();
    var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    return string.Create(CultureInfo.InvariantCulture, $"{label,-34}{sorted[0].ToString(format, CultureInfo.InvariantCulture),10}{median.ToString(format, CultureInfo.InvariantCulture),10}{sorted[^1].ToString(format, CultureInfo.InvariantCulture),10}");
}

Console.WriteLine($"{TestImages.Run("vipsthumbnail", "--vips-version").Trim()}, {Environment.ProcessorCount} CPU cores");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Source: {sourceInfo.Width}×{sourceInfo.Height} JPEG (stored sideways, EXIF orientation 6, GPS), {new FileInfo(source).Length / 1024.0 / 1024:0.0} MB"));
Console.WriteLine($"Set: {renditions.Count} renditions ({string.Join(", ", renditions.Select(rendition => string.Create(CultureInfo.InvariantCulture, $"{rendition.Width}.{rendition.Format} {rendition.Bytes / 1024.0:0} KB")))})");
Console.WriteLine($"Runs: {runs}, each rendition a vipsthumbnail process of its own under prlimit --as={options.MemoryLimitBytes / (1024 * 1024)} MB");
Console.WriteLine();
Console.WriteLine($"{"",-34}{"min",10}{"median",10}{"max",10}");
Console.WriteLine(Row("wall time per full set (s)", wallTimes, "0.000"));
Console.WriteLine(Row("peak RSS of any vips process (MB)", Enumerable.Range(0, runs).Select(run => peaks.Values.Max(values => values[run])), "0.0"));
foreach (var ((width, format), values) in peaks)
{
    Console.WriteLine(Row($"  peak RSS, {width} px {format} (MB)", values, "0.0"));
}
return 0;
