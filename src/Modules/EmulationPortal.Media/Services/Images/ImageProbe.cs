using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Media.Services.Images;

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
