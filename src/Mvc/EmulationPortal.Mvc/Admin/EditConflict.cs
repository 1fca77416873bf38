namespace EmulationPortal.Mvc.Admin;

/// <summary>Someone else's save that came first: who, when, and how it differs from what was typed.</summary>
public sealed record EditConflict(int Version, string Author, DateTime SavedUtc, VersionComparison Differences);
