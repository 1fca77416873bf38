using System.Buffers.Binary;
using System.Text;

namespace EmulationPortal.Media.Services.Images;

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
