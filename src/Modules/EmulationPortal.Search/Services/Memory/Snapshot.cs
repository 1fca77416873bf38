namespace EmulationPortal.Search.Services.Memory;

/// <summary>A segment and which of its documents are still in the index (the others are tombstones).</summary>
internal sealed record SnapshotPart(Segment Segment, ulong[] Live, int LiveCount)
{
    public static SnapshotPart Whole(Segment segment) => new(segment, Bits.All(segment.Count), segment.Count);
}

/// <summary>
/// The index as of one generation of <c>search_documents</c>, immutable: a large base segment and a
/// small one of recent documents. A search reads the snapshot it started with; a refresh makes
/// another and puts it in place.
/// </summary>
internal sealed class Snapshot(long generation, SnapshotPart? @base, SnapshotPart? recent, int labelCount)
{
    public long Generation { get; } = generation;

    public SnapshotPart? Base { get; } = @base;

    public SnapshotPart? Recent { get; } = recent;

    public IReadOnlyList<SnapshotPart> Parts { get; } = new[] { @base, recent }.OfType<SnapshotPart>().ToList();

    /// <summary>Every label number the segments use is below this.</summary>
    public int LabelCount { get; } = labelCount;

    /// <summary>Documents in the segments, tombstones included: what document frequencies are counted over.</summary>
    public int Documents => Parts.Sum(p => p.Segment.Count);

    public int LiveDocuments => Parts.Sum(p => p.LiveCount);

    public double AverageLength => Documents == 0 ? 1 : Math.Max(1, Parts.Sum(p => p.Segment.LengthSum) / Documents);
}
