namespace EmulationPortal.Media.Services.Images;

/// <summary>One RIFF chunk of a WebP file, padded to an even length as RIFF requires.</summary>
internal readonly record struct RiffChunk(string FourCc, int Start, int DataLength)
{
    public int End => Start + 8 + DataLength + (DataLength & 1);

    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> file) => file.Slice(Start + 8, DataLength);
}
