namespace EmulationPortal.Search.Services;

/// <summary>What the last catching up did, and how long it took.</summary>
/// <param name="EveryDocId">Whether every doc_id of the table was read and compared with those held, rather than what changed since the index's generation.</param>
internal sealed record RefreshReport(long Generation, int Loaded, int Removed, bool Merged, TimeSpan Elapsed, bool EveryDocId = true);
