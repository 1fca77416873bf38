using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EmulationPortal.TestSupport;

/// <summary>
/// Image files for the media tests, in a temporary folder of their own: real pictures drawn by the
/// libvips command-line tools (committed in Images/, so the tests do not spend minutes drawing them),
/// plus the bytes no tool writes on request (a phone's EXIF with GPS, fakes, bombs). Also compiled
/// into bench/MediaBench, so it uses nothing of xunit.
/// </summary>
public sealed class TestImages : IDisposable
{
    /// <summary>Where the phone photos below were "taken": Thanh Hóa, 19°48′27″N 105°46′35″E, 12.5 m.</summary>
    public static readonly (int Degrees, int Minutes, int Seconds) Latitude = (19, 48, 27);

    public static readonly (int Degrees, int Minutes, int Seconds) Longitude = (105, 46, 35);

    public static readonly string XmpPacket =
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>" +
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"19,48.45N\" exif:GPSLongitude=\"105,46.583E\"/>" +
        "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";

    public const string SvgWithScript =
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">" +
        "<script>alert(document.cookie)</script><rect width=\"100\" height=\"100\"/></svg>";

    public const string HtmlPage = "<!DOCTYPE html><html><head><title>ảnh hội nghị</title></head><body><script>alert(1)</script></body></html>";

    private static readonly string CommittedFolder = Path.Combine(AppContext.BaseDirectory, "Images");

    public string Folder { get; } = Directory.CreateTempSubdirectory("emulationportal-image-tests-").FullName;

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Runs a command-line tool (libvips' mostly) and returns what it printed; throws with its error output when it fails.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors.Result}");
        }
        return output;
    }

    /// <summary>The mean of all pixel values: decoding every pixel proves a file is a whole image.</summary>
    public static double DecodedAverage(string path) => double.Parse(Run("vips", "avg", path), CultureInfo.InvariantCulture);

    /// <summary>
    /// A picture of the committed set (Images/, drawn once by Images/make-images.sh), copied into this
    /// instance's folder so a test may change or delete it.
    /// </summary>
    public string Committed(string file, string? name = null)
    {
        var path = PathOf(name ?? file);
        File.Copy(Path.Combine(CommittedFolder, file), path, overwrite: true);
        return path;
    }

    /// <summary>
    /// The committed picture when the set has one of that size, else one drawn now by the same script:
    /// only the functional tests' and the benchmark's big photos are drawn at run time, as drawing takes
    /// dozens of libvips runs.
    /// </summary>
    private string CommittedOrDrawn(string file, string name, params string[] drawing)
    {
        if (File.Exists(Path.Combine(CommittedFolder, file)))
        {
            return Committed(file, name);
        }
        Run("bash", [Path.Combine(CommittedFolder, "make-images.sh"), .. drawing]);
        return PathOf(name);
    }

    /// <summary>
    /// A plain photo in the format its name ends with (jpg, png, gif, webp, heic): a landscape scene,
    /// bright sky at the top fading to dark ground, with grain and blotches of colour, no metadata.
    /// </summary>
    public string Photo(string name, int width, int height) =>
        CommittedOrDrawn($"scene-{width}x{height}{Path.GetExtension(name)}", name, "scene", $"{width}", $"{height}", $"{PathOf(name)}[strip]");

    /// <summary>
    /// A landscape photo (<paramref name="width"/> × <paramref name="height"/> upright, sky at the top)
    /// as a phone stores it: pixels turned a quarter anticlockwise with EXIF Orientation 6 ("turn 90°
    /// clockwise to show"), the GPS position in EXIF and XMP, and a comment.
    /// </summary>
    public string PhoneJpeg(string name = "phone.jpg", int width = 1200, int height = 800, int quality = 90)
    {
        var plain = $"{name}.plain.jpg";
        CommittedOrDrawn($"phone-{width}x{height}-q{quality}.jpg", plain, "phone", $"{width}", $"{height}", $"{quality}", PathOf(plain));
        var path = PathOf(name);
        File.WriteAllBytes(path, WithJpegMetadata(File.ReadAllBytes(PathOf(plain)), orientation: 6));
        return path;
    }

    /// <summary>The JPEG with an EXIF APP1 (orientation, GPS), an XMP APP1 and a comment inserted after SOI.</summary>
    public static byte[] WithJpegMetadata(byte[] jpeg, int orientation)
    {
        var output = new MemoryStream();
        output.Write(jpeg.AsSpan(0, 2));
        WriteJpegSegment(output, 0xE1, [.. "Exif\0\0"u8, .. Exif(orientation)]);
        WriteJpegSegment(output, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(XmpPacket)]);
        WriteJpegSegment(output, 0xFE, Encoding.UTF8.GetBytes("Chụp tại hội nghị tổng kết"));
        output.Write(jpeg.AsSpan(2));
        return output.ToArray();
    }

    private static void WriteJpegSegment(Stream output, byte marker, byte[] data)
    {
        output.Write([0xFF, marker]);
        output.Write(BigEndian((ushort)(data.Length + 2)));
        output.Write(data);
    }

    /// <summary>
    /// A minimal little-endian TIFF/EXIF block: IFD0 with Orientation and a pointer to a GPS IFD holding
    /// latitude, longitude and altitude.
    /// </summary>
    public static byte[] Exif(int orientation)
    {
        const int Ifd0 = 8;
        const int Ifd0Entries = 2;
        const int Gps = Ifd0 + 2 + Ifd0Entries * 12 + 4;
        const int GpsEntries = 6;
        const int Values = Gps + 2 + GpsEntries * 12 + 4;
        var tiff = new MemoryStream();
        var writer = new BinaryWriter(tiff);
        writer.Write("II*\0"u8);
        writer.Write(Ifd0);
        writer.Write((ushort)Ifd0Entries);
        WriteEntry(writer, tag: 0x0112, type: 3, count: 1, value: (uint)orientation);
        WriteEntry(writer, tag: 0x8825, type: 4, count: 1, value: Gps);
        writer.Write(0);
        writer.Write((ushort)GpsEntries);
        WriteEntry(writer, tag: 0x0001, type: 2, count: 2, value: 'N');
        WriteEntry(writer, tag: 0x0002, type: 5, count: 3, value: Values);
        WriteEntry(writer, tag: 0x0003, type: 2, count: 2, value: 'E');
        WriteEntry(writer, tag: 0x0004, type: 5, count: 3, value: Values + 24);
        WriteEntry(writer, tag: 0x0005, type: 1, count: 1, value: 0);
        WriteEntry(writer, tag: 0x0006, type: 5, count: 1, value: Values + 48);
        writer.Write(0);
        foreach (var part in new[] { Latitude.Degrees, Latitude.Minutes, Latitude.Seconds, Longitude.Degrees, Longitude.Minutes, Longitude.Seconds })
        {
            writer.Write((uint)part);
            writer.Write(1u);
        }
        writer.Write(125u);
        writer.Write(10u);
        return tiff.ToArray();
    }

    /// <summary>An IFD entry; values of four bytes or fewer sit in the entry itself, left-aligned.</summary>
    private static void WriteEntry(BinaryWriter writer, ushort tag, ushort type, uint count, uint value)
    {
        writer.Write(tag);
        writer.Write(type);
        writer.Write(count);
        writer.Write(value);
    }

    /// <summary>A PNG by libvips with tEXt (author, place), iTXt (XMP), eXIf (GPS) and tIME chunks inserted after IHDR.</summary>
    public string PngWithMetadata(string name = "text.png", int width = 300, int height = 200)
    {
        var plain = File.ReadAllBytes(Photo($"plain.{name}", width, height));
        var afterHeader = 8 + 12 + 13;
        var output = new MemoryStream();
        output.Write(plain.AsSpan(0, afterHeader));
        output.Write(PngChunk("tEXt", [.. "Author\0"u8, .. "Nguyen Van A, Thanh Hoa"u8]));
        output.Write(PngChunk("iTXt", [.. "XML:com.adobe.xmp\0\0\0\0\0"u8, .. Encoding.UTF8.GetBytes(XmpPacket)]));
        output.Write(PngChunk("eXIf", Exif(orientation: 1)));
        output.Write(PngChunk("tIME", [0x07, 0xE9, 12, 15, 9, 30, 0]));
        output.Write(plain.AsSpan(afterHeader));
        var path = PathOf(name);
        File.WriteAllBytes(path, output.ToArray());
        return path;
    }

    /// <summary>A GIF by libvips with a comment extension and an XMP application extension after the colour table.</summary>
    public string GifWithMetadata(string name = "comment.gif")
    {
        var plain = File.ReadAllBytes(Photo($"plain.{name}", 120, 80));
        var blocksStart = 13 + ((plain[10] & 0x80) == 0 ? 0 : 3 << ((plain[10] & 7) + 1));
        var comment = Encoding.ASCII.GetBytes("Nguyen Van A, Thanh Hoa");
        var output = new MemoryStream();
        output.Write(plain.AsSpan(0, blocksStart));
        output.Write([0x21, 0xFE, (byte)comment.Length, .. comment, 0]);
        output.Write([0x21, 0xFF, 11, .. "XMP DataXMP"u8, 4, .. "<x/>"u8, 0]);
        output.Write(plain.AsSpan(blocksStart));
        var path = PathOf(name);
        File.WriteAllBytes(path, output.ToArray());
        return path;
    }

    /// <summary>
    /// A PNG that declares <paramref name="width"/> × <paramref name="height"/> pixels and holds a few
    /// bytes of image data: everything a header-reading check sees of a decompression bomb, without
    /// ever making its pixels.
    /// </summary>
    public static byte[] PngBomb(uint width, uint height) =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        .. PngChunk("IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 2, 0, 0, 0]),
        .. PngChunk("IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]),
        .. PngChunk("IEND", []),
    ];

    /// <summary>The same for JPEG: SOI, a frame header declaring the size, a scan header, a few bytes, EOI.</summary>
    public static byte[] JpegBomb(ushort width, ushort height) =>
    [
        0xFF, 0xD8,
        0xFF, 0xC0, 0x00, 0x11, 8, .. BigEndian(height), .. BigEndian(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
        0xFF, 0xDA, 0x00, 0x0C, 3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0,
        0x12, 0x34, 0x56,
        0xFF, 0xD9,
    ];

    public static byte[] PngChunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        return [.. BigEndian((uint)data.Length), .. typeAndData, .. BigEndian(Crc32(typeAndData))];
    }

    private static byte[] BigEndian(ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, value);
        return bytes;
    }

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    /// <summary>PNG's CRC-32 (ISO 3309, reflected, polynomial 0xEDB88320), bit by bit: test files are small.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in bytes)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
