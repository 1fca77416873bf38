namespace EmulationPortal.Media.Models;

/// <summary>What the editors' upload script gets back for one stored file.</summary>
public sealed record UploadedFile(string Key, string Kind, string Title, string? Thumbnail);
