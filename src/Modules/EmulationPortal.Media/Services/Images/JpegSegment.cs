namespace EmulationPortal.Media.Services.Images;

/// <summary>
/// One JPEG marker segment, from its first 0xFF to <see cref="End"/>; for a scan header, End also
/// covers the entropy-coded data that follows it.
/// </summary>
internal readonly record struct JpegSegment(byte Marker, int Start, int DataStart, int DataEnd, int End)
{
    /// <summary>The bytes after the marker's two-byte length.</summary>
    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> file) => file[DataStart..DataEnd];
}
