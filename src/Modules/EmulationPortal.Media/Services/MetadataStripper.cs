using System.Buffers.Binary;
using System.Collections.Frozen;
using EmulationPortal.Media.Services.Images;

namespace EmulationPortal.Media.Services;

/// <summary>
/// Removes what a photo says about its author and place (EXIF with GPS, XMP, IPTC, comments) without
/// touching a single pixel byte. Each format keeps only the blocks its decoders need to draw the
/// picture in the right colours; everything else, known metadata or an unknown private block, goes.
/// Unknown blocks are safe to drop because every one of these formats tells decoders to skip them.
/// </summary>
public static class MetadataStripper
{
    /// <summary>PNG ancillary chunks that describe the pixels (transparency, colour, gamma, animation).</summary>
    private static readonly FrozenSet<string> PixelPngChunks = FrozenSet.ToFrozenSet(
        ["tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCv", "cLLi", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT"],
        StringComparer.Ordinal);

    /// <summary>WebP chunks that hold or describe the pixels.</summary>
    private static readonly FrozenSet<string> PixelWebpChunks = FrozenSet.ToFrozenSet(
        ["VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP"],
        StringComparer.Ordinal);

    /// <summary>The VP8X flags announcing EXIF (0x08) and XMP (0x04) chunks.</summary>
    private const byte WebpMetadataFlags = 0x08 | 0x04;

    /// <summary>
    /// A copy of the image without metadata. The EXIF orientation goes too, so this is for pixels
    /// already turned upright (renditions), not for a sideways original. Throws
    /// <see cref="EmulationPortal.Core.Media.MediaRejectedException"/> when the structure is broken;
    /// <paramref name="extension"/> is a published format: jpg, png, webp or gif.
    /// </summary>
    public static byte[] Strip(ReadOnlySpan<byte> image, string extension) => extension switch
    {
        "jpg" => StripJpeg(image),
        "png" => StripPng(image),
        "webp" => StripWebp(image),
        "gif" => StripGif(image),
        _ => throw UnknownFormat(extension),
    };

    /// <summary>True when <see cref="Strip"/> would remove anything.</summary>
    public static bool HasMetadata(ReadOnlySpan<byte> image, string extension)
    {
        switch (extension)
        {
            case "jpg":
                var segments = JpegStructure.ReadSegments(image);
                foreach (var segment in segments)
                {
                    if (!KeepsJpegSegment(image, segment))
                    {
                        return true;
                    }
                }
                return image[segments[^1].End..].ContainsAnyExcept((byte)0);
            case "png":
                var chunks = PngStructure.ReadChunks(image);
                return chunks.Exists(chunk => !KeepsPngChunk(chunk)) || chunks[^1].End != image.Length;
            case "webp":
                var riffChunks = RiffStructure.ReadChunks(image);
                return riffChunks.Exists(chunk => !PixelWebpChunks.Contains(chunk.FourCc))
                    || (riffChunks[0].FourCc == "VP8X" && (image[riffChunks[0].Start + 8] & WebpMetadataFlags) != 0);
            case "gif":
                foreach (var block in GifStructure.ReadBlocks(image))
                {
                    if (!KeepsGifBlock(image, block))
                    {
                        return true;
                    }
                }
                return false;
            default:
                throw UnknownFormat(extension);
        }
    }

    private static ArgumentOutOfRangeException UnknownFormat(string extension) =>
        new(nameof(extension), extension, "Only the published formats jpg, png, webp and gif are stripped.");

    /// <summary>
    /// Keeps every non-APPn segment (tables, frame, scans) and, of the APPn and comments, only JFIF
    /// (APP0), the ICC colour profile (APP2) and Adobe's colour transform (APP14). The same marker
    /// numbers carry other things (JFXX thumbnails, MPF picture indexes), so the identifier counts.
    /// </summary>
    private static bool KeepsJpegSegment(ReadOnlySpan<byte> file, JpegSegment segment) => segment.Marker switch
    {
        JpegStructure.App0 => segment.Data(file).StartsWith("JFIF\0"u8),
        JpegStructure.App2 => segment.Data(file).StartsWith("ICC_PROFILE\0"u8),
        JpegStructure.App14 => segment.Data(file).StartsWith("Adobe"u8),
        >= 0xE0 and <= 0xEF or JpegStructure.Comment => false,
        _ => true,
    };

    /// <summary>
    /// Drops every discarded segment and everything after the first EOI: the extra pictures of a
    /// multi-picture file (a phone's gain map or preview) carry EXIF of their own.
    /// </summary>
    private static byte[] StripJpeg(ReadOnlySpan<byte> image)
    {
        var output = new MemoryStream(image.Length);
        output.Write(image[..2]);
        foreach (var segment in JpegStructure.ReadSegments(image))
        {
            if (KeepsJpegSegment(image, segment))
            {
                output.Write(image[segment.Start..segment.End]);
            }
        }
        return output.ToArray();
    }

    /// <summary>Critical chunks (upper-case first letter) are always needed; ancillary ones only if they describe pixels.</summary>
    private static bool KeepsPngChunk(PngChunk chunk) => char.IsAsciiLetterUpper(chunk.Type[0]) || PixelPngChunks.Contains(chunk.Type);

    private static byte[] StripPng(ReadOnlySpan<byte> image)
    {
        var output = new MemoryStream(image.Length);
        output.Write(PngStructure.Signature);
        foreach (var chunk in PngStructure.ReadChunks(image))
        {
            if (KeepsPngChunk(chunk))
            {
                output.Write(image[chunk.Start..chunk.End]);
            }
        }
        return output.ToArray();
    }

    /// <summary>Drops the chunks, clears the VP8X flags that announced them, and rewrites the RIFF size.</summary>
    private static byte[] StripWebp(ReadOnlySpan<byte> image)
    {
        var output = new MemoryStream(image.Length);
        output.Write(image[..RiffStructure.FileHeaderLength]);
        foreach (var chunk in RiffStructure.ReadChunks(image))
        {
            if (!PixelWebpChunks.Contains(chunk.FourCc))
            {
                continue;
            }
            var flagsAt = output.Position + 8;
            output.Write(image[chunk.Start..chunk.End]);
            if (chunk.FourCc == "VP8X")
            {
                output.GetBuffer()[flagsAt] &= unchecked((byte)~WebpMetadataFlags);
            }
        }
        var bytes = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }

    /// <summary>
    /// Comment extensions go, and application extensions other than the animation loop count
    /// (NETSCAPE2.0, ANIMEXTS1.0) — XMP travels in one of those.
    /// </summary>
    private static bool KeepsGifBlock(ReadOnlySpan<byte> file, GifBlock block)
    {
        if (block.Introducer != GifStructure.ExtensionIntroducer)
        {
            return true;
        }
        return block.Label switch
        {
            GifStructure.CommentLabel => false,
            GifStructure.ApplicationLabel => IsLoopCount(file[(block.Start + 2)..block.End]),
            _ => true,
        };
    }

    /// <summary>The application identifier is the first sub-block: its length byte (11), then 11 bytes.</summary>
    private static bool IsLoopCount(ReadOnlySpan<byte> subBlocks) =>
        subBlocks.StartsWith("\u000BNETSCAPE2.0"u8) || subBlocks.StartsWith("\u000BANIMEXTS1.0"u8);

    private static byte[] StripGif(ReadOnlySpan<byte> image)
    {
        var output = new MemoryStream(image.Length);
        output.Write(image[..GifStructure.BlocksStart(image)]);
        foreach (var block in GifStructure.ReadBlocks(image))
        {
            if (KeepsGifBlock(image, block))
            {
                output.Write(image[block.Start..block.End]);
            }
        }
        output.WriteByte(GifStructure.Trailer);
        return output.ToArray();
    }
}
