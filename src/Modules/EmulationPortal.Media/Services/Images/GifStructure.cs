namespace EmulationPortal.Media.Services.Images;

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
