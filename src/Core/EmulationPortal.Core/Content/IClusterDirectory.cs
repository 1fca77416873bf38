using EmulationPortal.Core.Data;

namespace EmulationPortal.Core.Content;

public sealed record ClusterSummary(string Id, string Name, string Slug, bool ReviewRequired)
{
    /// <summary>Whether an item is refused for review while the checks before review still warn ("Chặn gửi duyệt khi còn cảnh báo").</summary>
    public bool BlockSubmitOnWarnings { get; init; }
}

/// <summary>The clusters content belongs to, as the content core needs to know them.</summary>
public interface IClusterDirectory
{
    Task<bool> ExistsAsync(DataSession session, string id);

    Task<IReadOnlyDictionary<string, ClusterSummary>> AllAsync(CancellationToken cancellationToken = default);
}
