using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Media.Services;

/// <summary>
/// An image as its headers describe it. Width and height are the upright size a reader sees: a phone
/// photo stored sideways with an EXIF orientation (or a HEIF rotation) has its sides swapped back.
/// </summary>
public sealed record ImageInfo(string Extension, int Width, int Height);

/// <summary>
/// Tells what an image is, how big it is and whether it is whole, from its headers alone: no pixel is
/// decoded, so a decompression bomb (a small file declaring a huge picture) is refused before any
/// decoder allocates memory for it.
/// </summary>
public static class ImageProbe
{
    /// <summary>
    /// The largest side JPEG can hold, and more than any camera makes: a larger claim (PNG and HEIF allow
    /// 2³² − 1) comes from a forged header.
    /// </summary>
    public const int MaxSide = 65_535;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Throws <see cref="MediaRejectedException"/> (Vietnamese message) for anything that is not a whole, reasonably sized JPEG, PNG, GIF, WebP or HEIC.</summary>
    public static ImageInfo Inspect(ReadOnlySpan<byte> bytes, long maxPixels)
    {
        var header = ReadHeader(bytes, maxPixels);
        CheckSize(header.Width, header.Height, maxPixels);
        var (width, height) = header.SidesSwapped ? (header.Height, header.Width) : (header.Width, header.Height);
        return new ImageInfo(header.Extension, (int)width, (int)height);
    }

    internal static MediaRejectedException Broken() => new("Tệp ảnh bị hỏng hoặc không đầy đủ.");

    private static MediaRejectedException Unsupported() =>
        new("Tệp không phải ảnh JPEG, PNG, GIF, WebP hay HEIC. Các loại khác, kể cả SVG và trang HTML đổi tên thành ảnh, không được nhận.");

    /// <summary>What the file's own headers declare, before the size limits are applied.</summary>
    private readonly record struct Header(string Extension, long Width, long Height, bool SidesSwapped);

    private static Header ReadHeader(ReadOnlySpan<byte> bytes, long maxPixels)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return ReadJpeg(bytes);
        }
        if (bytes.StartsWith(PngStructure.Signature))
        {
            return ReadPng(bytes);
        }
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return ReadGif(bytes);
        }
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ReadWebp(bytes);
        }
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8))
        {
            return ReadHeic(bytes, maxPixels);
        }
        throw Unsupported();
    }

    private static void CheckSize(long width, long height, long maxPixels)
    {
        if (width <= 0 || height <= 0 || width > MaxSide || height > MaxSide)
        {
            throw new MediaRejectedException($"Kích thước ảnh không hợp lệ: {width}×{height} điểm ảnh.");
        }
        if (width * height > maxPixels)
        {
            var megapixels = (maxPixels / 1_000_000.0).ToString("0.#", Vietnamese);
            throw new MediaRejectedException($"Ảnh quá lớn: {width}×{height} điểm ảnh; tối đa {megapixels} triệu điểm ảnh.");
        }
    }

    private static Header ReadJpeg(ReadOnlySpan<byte> bytes)
    {
        var segments = JpegStructure.ReadSegments(bytes);
        var frameIndex = segments.FindIndex(segment => JpegStructure.IsStartOfFrame(segment.Marker));
        var scanIndex = segments.FindIndex(segment => segment.Marker == JpegStructure.StartOfScan);
        if (frameIndex < 0 || scanIndex < frameIndex)
        {
            throw Broken();
        }
        var frame = segments[frameIndex].Data(bytes);
        if (frame.Length < 6)
        {
            throw Broken();
        }
        // libvips reads JPEG through libjpeg's 8-bit interface: a 12-bit, lossless or hierarchical
        // picture passes every other check here yet can never be rendered, so it is refused now.
        if (frame[0] != 8 || !JpegStructure.IsDecodableFrame(segments[frameIndex].Marker))
        {
            throw new MediaRejectedException(
                "Ảnh JPEG này được lưu theo kiểu đặc biệt (12 bit hoặc nén không mất dữ liệu) nên không hiển thị được trên trang: "
                + "hãy xuất lại ảnh dưới dạng JPEG thông thường (8 bit) rồi tải lên.");
        }
        // The main picture ends at the first EOI; a multi-picture file (MPF) carries more pictures after
        // it, so only the very end of the file is checked for the final EOI (zero padding allowed).
        if (!bytes.TrimEnd((byte)0).EndsWith((ReadOnlySpan<byte>)[0xFF, JpegStructure.EndOfImage]))
        {
            throw Broken();
        }
        var sidesSwapped = false;
        foreach (var segment in segments)
        {
            if (segment.Marker == JpegStructure.App1 && segment.Data(bytes).StartsWith(ExifOrientation.JpegPrefix))
            {
                // Decoders follow the first EXIF block only.
                sidesSwapped = ExifOrientation.SwapsSides(segment.Data(bytes));
                break;
            }
        }
        return new Header(
            "jpg",
            Width: BinaryPrimitives.ReadUInt16BigEndian(frame[3..]),
            Height: BinaryPrimitives.ReadUInt16BigEndian(frame[1..]),
            sidesSwapped);
    }

    private static Header ReadPng(ReadOnlySpan<byte> bytes)
    {
        var chunks = PngStructure.ReadChunks(bytes);
        if (chunks[0].Type != "IHDR" || chunks[0].DataLength != 13 || !chunks.Exists(chunk => chunk.Type == "IDAT"))
        {
            throw Broken();
        }
        var header = chunks[0].Data(bytes);
        var exif = chunks.FindIndex(chunk => chunk.Type == "eXIf");
        return new Header(
            "png",
            Width: BinaryPrimitives.ReadUInt32BigEndian(header),
            Height: BinaryPrimitives.ReadUInt32BigEndian(header[4..]),
            SidesSwapped: exif >= 0 && ExifOrientation.SwapsSides(chunks[exif].Data(bytes)));
    }

    private static Header ReadGif(ReadOnlySpan<byte> bytes)
    {
        var blocks = GifStructure.ReadBlocks(bytes);
        long width = BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]);
        long height = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
        var frames = blocks.Where(block => block.Introducer == GifStructure.ImageIntroducer).ToList();
        if (frames.Count == 0)
        {
            throw Broken();
        }
        // A frame may reach beyond the logical screen, and decoders then grow the canvas to hold it:
        // the size that counts against the pixel limit is the canvas after growing.
        foreach (var frame in frames)
        {
            var descriptor = bytes[frame.Start..];
            width = Math.Max(width, BinaryPrimitives.ReadUInt16LittleEndian(descriptor[1..]) + (long)BinaryPrimitives.ReadUInt16LittleEndian(descriptor[5..]));
            height = Math.Max(height, BinaryPrimitives.ReadUInt16LittleEndian(descriptor[3..]) + (long)BinaryPrimitives.ReadUInt16LittleEndian(descriptor[7..]));
        }
        return new Header("gif", width, height, SidesSwapped: false);
    }

    private static Header ReadWebp(ReadOnlySpan<byte> bytes)
    {
        var chunks = RiffStructure.ReadChunks(bytes);
        if (!chunks.Exists(chunk => chunk.FourCc is "VP8 " or "VP8L" or "ANMF"))
        {
            throw Broken();
        }
        var first = chunks[0];
        var data = first.Data(bytes);
        var exif = chunks.FindIndex(chunk => chunk.FourCc == "EXIF");
        var sidesSwapped = exif >= 0 && ExifOrientation.SwapsSides(chunks[exif].Data(bytes));
        switch (first.FourCc)
        {
            case "VP8 " when data.Length >= 10 && data[3..6].SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A]):
                return new Header(
                    "webp",
                    Width: BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF,
                    Height: BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF,
                    sidesSwapped);
            case "VP8L" when data.Length >= 5 && data[0] == 0x2F:
                var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
                return new Header("webp", Width: (bits & 0x3FFF) + 1, Height: ((bits >> 14) & 0x3FFF) + 1, sidesSwapped);
            case "VP8X" when data.Length >= 10:
                return new Header("webp", Width: ReadUInt24LittleEndian(data[4..]) + 1, Height: ReadUInt24LittleEndian(data[7..]) + 1, sidesSwapped);
            default:
                throw Broken();
        }
    }

    private static long ReadUInt24LittleEndian(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);

    /// <summary>
    /// HEIF is a tree of ISO boxes: the picture's size is the <c>ispe</c> property that <c>ipma</c>
    /// associates with the primary item (<c>pitm</c>), and an <c>irot</c> property turns it.
    /// </summary>
    private static Header ReadHeic(ReadOnlySpan<byte> bytes, long maxPixels)
    {
        var fileTypeLength = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        if (fileTypeLength < 16 || fileTypeLength > bytes.Length || !IsHeic(bytes[8..(int)fileTypeLength]))
        {
            throw Unsupported();
        }
        var top = IsoBox.ReadChildren(bytes, 0, bytes.Length);
        if (IsoBox.Find(top, "mdat") is null || IsoBox.Find(top, "meta") is not { } meta)
        {
            throw Broken();
        }
        // meta, pitm, ipma, ispe and irot are "full boxes": a version byte and three flag bytes come first.
        var metaChildren = IsoBox.ReadChildren(bytes, meta.ContentStart + 4, meta.End);
        if (IsoBox.Find(metaChildren, "pitm") is not { } primaryBox || IsoBox.Find(metaChildren, "iprp") is not { } properties)
        {
            throw Broken();
        }
        var pitm = primaryBox.Content(bytes);
        var primaryItem = pitm.Length >= 6 && pitm[0] == 0 ? BinaryPrimitives.ReadUInt16BigEndian(pitm[4..])
            : pitm.Length >= 8 ? BinaryPrimitives.ReadUInt32BigEndian(pitm[4..])
            : throw Broken();
        var propertyBoxes = IsoBox.ReadChildren(bytes, properties.ContentStart, properties.End);
        if (IsoBox.Find(propertyBoxes, "ipco") is not { } container || IsoBox.Find(propertyBoxes, "ipma") is not { } associations)
        {
            throw Broken();
        }
        var declared = IsoBox.ReadChildren(bytes, container.ContentStart, container.End);
        // Thumbnails and grid tiles are items of their own: none of them may be a bomb either.
        foreach (var spatialExtent in declared.Where(box => box.Type == "ispe"))
        {
            var (width, height) = ReadSpatialExtent(spatialExtent.Content(bytes));
            CheckSize(width, height, maxPixels);
        }
        var primaryProperties = PropertiesOf(associations.Content(bytes), primaryItem)
            .Where(index => index >= 1 && index <= declared.Count)
            .Select(index => declared[index - 1])
            .ToList();
        if (IsoBox.Find(primaryProperties, "ispe") is not { } extent)
        {
            throw Broken();
        }
        var (primaryWidth, primaryHeight) = ReadSpatialExtent(extent.Content(bytes));
        // irot counts anticlockwise quarter turns in its low two bits.
        var quarterTurns = IsoBox.Find(primaryProperties, "irot") is { } rotation && rotation.Content(bytes).Length >= 1 ? rotation.Content(bytes)[0] & 3 : 0;
        return new Header("heic", primaryWidth, primaryHeight, SidesSwapped: quarterTurns % 2 == 1);
    }

    /// <summary>
    /// HEVC-coded HEIF only: <c>mif1</c> alone is generic HEIF, which AVIF shares, and AVIF is not
    /// among the accepted types.
    /// </summary>
    private static bool IsHeic(ReadOnlySpan<byte> fileType)
    {
        var brands = new List<string>();
        for (var offset = 0; offset + 4 <= fileType.Length; offset += 4)
        {
            // The major brand, then a minor version (a number, not a brand), then the compatible brands.
            if (offset != 4)
            {
                brands.Add(Encoding.ASCII.GetString(fileType.Slice(offset, 4)));
            }
        }
        return brands.Exists(brand => brand is "heic" or "heix" or "mif1") && !brands.Exists(brand => brand is "avif" or "avis");
    }

    private static (long Width, long Height) ReadSpatialExtent(ReadOnlySpan<byte> content) =>
        content.Length >= 12
            ? (BinaryPrimitives.ReadUInt32BigEndian(content[4..]), BinaryPrimitives.ReadUInt32BigEndian(content[8..]))
            : throw Broken();

    /// <summary>The 1-based <c>ipco</c> indexes that an <c>ipma</c> box associates with one item.</summary>
    private static List<int> PropertiesOf(ReadOnlySpan<byte> ipma, long item)
    {
        if (ipma.Length < 8)
        {
            throw Broken();
        }
        var version = ipma[0];
        var wideIndexes = (ipma[3] & 1) == 1;
        var entryCount = BinaryPrimitives.ReadUInt32BigEndian(ipma[4..]);
        var position = 8;
        for (var entry = 0; entry < entryCount; entry++)
        {
            var idLength = version < 1 ? 2 : 4;
            if (position + idLength + 1 > ipma.Length)
            {
                throw Broken();
            }
            long id = version < 1 ? BinaryPrimitives.ReadUInt16BigEndian(ipma[position..]) : BinaryPrimitives.ReadUInt32BigEndian(ipma[position..]);
            int count = ipma[position + idLength];
            position += idLength + 1;
            var indexLength = wideIndexes ? 2 : 1;
            if (position + count * indexLength > ipma.Length)
            {
                throw Broken();
            }
            if (id == item)
            {
                var indexes = new List<int>();
                for (var association = 0; association < count; association++)
                {
                    // The top bit of each association says "essential"; the rest is the index.
                    indexes.Add(wideIndexes ? BinaryPrimitives.ReadUInt16BigEndian(ipma[(position + association * 2)..]) & 0x7FFF : ipma[position + association] & 0x7F);
                }
                return indexes;
            }
            position += count * indexLength;
        }
        return [];
    }
}

/// <summary>Reads the EXIF orientation tag from a TIFF-structured EXIF block.</summary>
internal static class ExifOrientation
{
    /// <summary>How JPEG's APP1 (and some WebP writers) introduce the TIFF block.</summary>
    public static ReadOnlySpan<byte> JpegPrefix => "Exif\0\0"u8;

    private const ushort OrientationTag = 0x0112;

    /// <summary>
    /// True for orientations 5–8, where the stored pixels are turned a quarter and the upright
    /// picture has its sides swapped. A malformed block counts as upright, as decoders treat it.
    /// </summary>
    public static bool SwapsSides(ReadOnlySpan<byte> exif)
    {
        var tiff = exif.StartsWith(JpegPrefix) ? exif[JpegPrefix.Length..] : exif;
        if (tiff.Length < 8)
        {
            return false;
        }
        var littleEndian = tiff.StartsWith("II"u8);
        if (!littleEndian && !tiff.StartsWith("MM"u8))
        {
            return false;
        }
        var directory = littleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (directory > tiff.Length - 2)
        {
            return false;
        }
        var entries = ReadUInt16(tiff, (int)directory, littleEndian);
        for (var entry = 0; entry < entries; entry++)
        {
            var offset = (int)directory + 2 + entry * 12;
            if (offset + 12 > tiff.Length)
            {
                return false;
            }
            if (ReadUInt16(tiff, offset, littleEndian) == OrientationTag)
            {
                return ReadUInt16(tiff, offset + 8, littleEndian) is >= 5 and <= 8;
            }
        }
        return false;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> tiff, int offset, bool littleEndian) =>
        littleEndian ? BinaryPrimitives.ReadUInt16LittleEndian(tiff[offset..]) : BinaryPrimitives.ReadUInt16BigEndian(tiff[offset..]);
}

/// <summary>
/// One JPEG marker segment, from its first 0xFF to <see cref="End"/>; for a scan header, End also
/// covers the entropy-coded data that follows it.
/// </summary>
internal readonly record struct JpegSegment(byte Marker, int Start, int DataStart, int DataEnd, int End)
{
    /// <summary>The bytes after the marker's two-byte length.</summary>
    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> file) => file[DataStart..DataEnd];
}

internal static class JpegStructure
{
    public const byte StartOfScan = 0xDA;
    public const byte EndOfImage = 0xD9;
    public const byte App0 = 0xE0;
    public const byte App1 = 0xE1;
    public const byte App2 = 0xE2;
    public const byte App14 = 0xEE;
    public const byte Comment = 0xFE;

    /// <summary>SOF0–SOF15 without DHT (C4), JPG (C8) and DAC (CC), which share the range.</summary>
    public static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    /// <summary>Baseline, extended and progressive frames, Huffman or arithmetic coded: what libjpeg decodes to 8-bit pixels.</summary>
    public static bool IsDecodableFrame(byte marker) => marker is 0xC0 or 0xC1 or 0xC2 or 0xC9 or 0xCA;

    /// <summary>
    /// The segments after SOI up to and including the first EOI, which ends the main picture.
    /// Throws the "broken" rejection when the walk runs off the end of the bytes.
    /// </summary>
    public static List<JpegSegment> ReadSegments(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]))
        {
            throw ImageProbe.Broken();
        }
        var segments = new List<JpegSegment>();
        var position = 2;
        while (true)
        {
            if (position >= bytes.Length || bytes[position] != 0xFF)
            {
                throw ImageProbe.Broken();
            }
            var start = position;
            // Any number of 0xFF fill bytes may precede a marker.
            while (position < bytes.Length && bytes[position] == 0xFF)
            {
                position++;
            }
            if (position >= bytes.Length)
            {
                throw ImageProbe.Broken();
            }
            var marker = bytes[position++];
            if (marker == EndOfImage || marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                // EOI, the restart markers and TEM stand alone, without a length.
                segments.Add(new JpegSegment(marker, start, position, position, position));
                if (marker == EndOfImage)
                {
                    return segments;
                }
                continue;
            }
            if (marker is 0x00 or 0xD8 || position + 2 > bytes.Length)
            {
                throw ImageProbe.Broken();
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[position..]);
            var dataEnd = position + length;
            if (length < 2 || dataEnd > bytes.Length)
            {
                throw ImageProbe.Broken();
            }
            var end = marker == StartOfScan ? EndOfEntropyCodedData(bytes, dataEnd) : dataEnd;
            segments.Add(new JpegSegment(marker, start, position + 2, dataEnd, end));
            position = end;
        }
    }

    /// <summary>
    /// Where the compressed data of a scan stops: at the first 0xFF that is neither a stuffed zero,
    /// a restart marker nor fill before a marker.
    /// </summary>
    private static int EndOfEntropyCodedData(ReadOnlySpan<byte> bytes, int position)
    {
        while (true)
        {
            var next = bytes[position..].IndexOf((byte)0xFF);
            if (next < 0 || position + next + 1 >= bytes.Length)
            {
                throw ImageProbe.Broken();
            }
            position += next;
            var following = bytes[position + 1];
            if (following == 0x00 || following is >= 0xD0 and <= 0xD7)
            {
                position += 2;
            }
            else if (following == 0xFF)
            {
                position++;
            }
            else
            {
                return position;
            }
        }
    }
}

/// <summary>One PNG chunk: length, type, data and CRC, from <see cref="Start"/> to <see cref="End"/>.</summary>
internal readonly record struct PngChunk(string Type, int Start, int DataLength)
{
    public int End => Start + 12 + DataLength;

    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> file) => file.Slice(Start + 8, DataLength);
}

internal static class PngStructure
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The chunks up to and including IEND; a file that ends before IEND is broken.</summary>
    public static List<PngChunk> ReadChunks(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith(Signature))
        {
            throw ImageProbe.Broken();
        }
        var chunks = new List<PngChunk>();
        var position = Signature.Length;
        while (position + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            if (length > bytes.Length - position - 12)
            {
                throw ImageProbe.Broken();
            }
            var chunk = new PngChunk(Encoding.ASCII.GetString(bytes.Slice(position + 4, 4)), position, (int)length);
            chunks.Add(chunk);
            if (chunk.Type == "IEND")
            {
                return chunks;
            }
            position = chunk.End;
        }
        throw ImageProbe.Broken();
    }
}

/// <summary>One RIFF chunk of a WebP file, padded to an even length as RIFF requires.</summary>
internal readonly record struct RiffChunk(string FourCc, int Start, int DataLength)
{
    public int End => Start + 8 + DataLength + (DataLength & 1);

    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> file) => file.Slice(Start + 8, DataLength);
}

internal static class RiffStructure
{
    /// <summary>"RIFF", the size of the rest, "WEBP".</summary>
    public const int FileHeaderLength = 12;

    /// <summary>The chunks after the file header; the RIFF size must account for exactly every byte.</summary>
    public static List<RiffChunk> ReadChunks(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < FileHeaderLength || !bytes.StartsWith("RIFF"u8) || !bytes[8..12].SequenceEqual("WEBP"u8)
            || BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) + 8L != bytes.Length)
        {
            throw ImageProbe.Broken();
        }
        var chunks = new List<RiffChunk>();
        var position = FileHeaderLength;
        while (position < bytes.Length)
        {
            if (position + 8 > bytes.Length)
            {
                throw ImageProbe.Broken();
            }
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(position + 4)..]);
            if (length > bytes.Length - position - 8)
            {
                throw ImageProbe.Broken();
            }
            var chunk = new RiffChunk(Encoding.ASCII.GetString(bytes.Slice(position, 4)), position, (int)length);
            if (chunk.End > bytes.Length)
            {
                throw ImageProbe.Broken();
            }
            chunks.Add(chunk);
            position = chunk.End;
        }
        if (chunks.Count == 0)
        {
            throw ImageProbe.Broken();
        }
        return chunks;
    }
}

/// <summary>One GIF block after the header and global colour table: an extension or an image with its data.</summary>
internal readonly record struct GifBlock(byte Introducer, byte Label, int Start, int End);

internal static class GifStructure
{
    public const byte ExtensionIntroducer = 0x21;
    public const byte ImageIntroducer = 0x2C;
    public const byte Trailer = 0x3B;
    public const byte CommentLabel = 0xFE;
    public const byte ApplicationLabel = 0xFF;

    /// <summary>Where the blocks begin: after the 13-byte header and the global colour table.</summary>
    public static int BlocksStart(ReadOnlySpan<byte> bytes) => 13 + ColourTableLength(bytes[10]);

    /// <summary>
    /// The blocks up to (not including) the trailer. The walk must reach the trailer, and only zero
    /// padding may follow it.
    /// </summary>
    public static List<GifBlock> ReadBlocks(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 13 || !bytes.StartsWith("GIF8"u8))
        {
            throw ImageProbe.Broken();
        }
        var blocks = new List<GifBlock>();
        var position = BlocksStart(bytes);
        while (position < bytes.Length)
        {
            var start = position;
            switch (bytes[position])
            {
                case Trailer:
                    if (bytes[(position + 1)..].ContainsAnyExcept((byte)0))
                    {
                        throw ImageProbe.Broken();
                    }
                    return blocks;
                case ExtensionIntroducer when position + 2 < bytes.Length:
                    var label = bytes[position + 1];
                    position = SkipSubBlocks(bytes, position + 2);
                    blocks.Add(new GifBlock(ExtensionIntroducer, label, start, position));
                    break;
                case ImageIntroducer when position + 10 < bytes.Length:
                    // Descriptor (10 bytes), local colour table, LZW code size, then the data sub-blocks.
                    position += 10 + ColourTableLength(bytes[position + 9]) + 1;
                    position = SkipSubBlocks(bytes, position);
                    blocks.Add(new GifBlock(ImageIntroducer, 0, start, position));
                    break;
                default:
                    throw ImageProbe.Broken();
            }
        }
        throw ImageProbe.Broken();
    }

    private static int ColourTableLength(byte packedFields) => (packedFields & 0x80) == 0 ? 0 : 3 << ((packedFields & 7) + 1);

    /// <summary>Data sub-blocks are length-prefixed and end with a zero-length block.</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> bytes, int position)
    {
        while (true)
        {
            if (position >= bytes.Length)
            {
                throw ImageProbe.Broken();
            }
            var length = bytes[position];
            position += 1 + length;
            if (length == 0)
            {
                return position;
            }
        }
    }
}

/// <summary>One ISO base media box (the structure of HEIF): <see cref="ContentStart"/> is after its size and type.</summary>
internal readonly record struct IsoBox(string Type, int ContentStart, int End)
{
    public ReadOnlySpan<byte> Content(ReadOnlySpan<byte> file) => file[ContentStart..End];

    public static IsoBox? Find(List<IsoBox> boxes, string type) => boxes.FindIndex(box => box.Type == type) is var index and >= 0 ? boxes[index] : null;

    /// <summary>The boxes laid end to end between two offsets; a box reaching past the end is broken.</summary>
    public static List<IsoBox> ReadChildren(ReadOnlySpan<byte> bytes, int start, int end)
    {
        var boxes = new List<IsoBox>();
        var position = start;
        while (position < end)
        {
            if (position + 8 > end)
            {
                throw ImageProbe.Broken();
            }
            long size = BinaryPrimitives.ReadUInt32BigEndian(bytes[position..]);
            var headerLength = 8;
            if (size == 1)
            {
                // A 64-bit size follows the type.
                if (position + 16 > end)
                {
                    throw ImageProbe.Broken();
                }
                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(bytes[(position + 8)..]), (ulong)long.MaxValue);
                headerLength = 16;
            }
            else if (size == 0)
            {
                // Size zero: the box runs to the end of its container.
                size = end - position;
            }
            if (size < headerLength || size > end - position)
            {
                throw ImageProbe.Broken();
            }
            boxes.Add(new IsoBox(Encoding.ASCII.GetString(bytes.Slice(position + 4, 4)), position + headerLength, position + (int)size));
            position += (int)size;
        }
        return boxes;
    }
}
