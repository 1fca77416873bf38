using System.Buffers.Binary;

namespace EmulationPortal.Media.Services.Images;

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
