using System.Buffers.Binary;
using System.Text;

namespace EmulationPortal.Media.Services.Images;

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
