namespace EmulationPortal.Media.Services.Images;

/// <summary>One PNG chunk: length, type, data and CRC, from <see cref="Start"/> to <see cref="End"/>.</summary>
internal readonly record struct PngChunk(string Type, int Start, int DataLength)
{
    public int End => Start + 12 + DataLength;

    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> file) => file.Slice(Start + 8, DataLength);
}
