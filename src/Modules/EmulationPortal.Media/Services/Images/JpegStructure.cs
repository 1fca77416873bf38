using System.Buffers.Binary;

namespace EmulationPortal.Media.Services.Images;

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
