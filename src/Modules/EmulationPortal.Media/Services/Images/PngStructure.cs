using System.Buffers.Binary;
using System.Text;

namespace EmulationPortal.Media.Services.Images;

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
