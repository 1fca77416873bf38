using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Media.Services;

/// <summary>
/// Who may download an attachment: anyone when live content names it; otherwise only the people of a
/// cluster whose content names it (drafts, items never published or taken down), and Staff.
/// </summary>
public sealed partial class PublishedMedia
{
    private readonly IDbConnectionFactory _connections;
    private int _generation;
    private Snapshot? _snapshot;

    public PublishedMedia(IDbConnectionFactory connections, IChangeFeed changes)
    {
        _connections = connections;
        // Raised after every change readers may see (publish, unpublish, archive, edit of live content), on every node.
        changes.Subscribe(ChangeTopics.Content, () => Interlocked.Increment(ref _generation));
    }

    /// <summary>The keys read under one generation; a change during the read moves the generation on, so the next call reads again.</summary>
    private sealed record Snapshot(int Generation, Task<FrozenSet<string>> Keys);

    public async Task<bool> IsPublishedAsync(string key)
    {
        var generation = Volatile.Read(ref _generation);
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is null || snapshot.Generation != generation || snapshot.Keys.IsFaulted)
        {
            snapshot = new Snapshot(generation, LoadAsync());
            Volatile.Write(ref _snapshot, snapshot);
        }
        return (await snapshot.Keys).Contains(key);
    }

    /// <summary>A file live content does not name, for a signed-in person: theirs to see when their cluster's content names it, or nothing does yet (just uploaded).</summary>
    public async Task<bool> MaySeeUnpublishedAsync(string key, ContentAccess access, CancellationToken cancellationToken)
    {
        if (access.SeesAllClusters)
        {
            return true;
        }
        if (!access.IsAuthenticated || access.Clusters.Count == 0)
        {
            return false;
        }
        await using var connection = await _connections.OpenAsync(cancellationToken);
        // A media key is hexadecimal with a dot: nothing in it is a LIKE wildcard.
        var clusters = (await connection.QueryAsync<string>(new CommandDefinition("""
            SELECT DISTINCT i.cluster_id FROM content_items i JOIN content_versions v ON v.item_id = i.id WHERE v.data LIKE @pattern
            """, new { pattern = $"%{key}%" }, cancellationToken: cancellationToken))).AsList();
        return clusters.Count == 0 || clusters.Exists(access.CanWorkIn);
    }

    /// <summary>Every attachment key the live versions name, read row by row (the versions' JSON is never all in memory).</summary>
    private async Task<FrozenSet<string>> LoadAsync()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await _connections.OpenAsync(CancellationToken.None);
        await using var reader = await connection.ExecuteReaderAsync("""
            SELECT v.data FROM content_items i JOIN content_versions v ON v.item_id = i.id AND v.version = i.published_version
            """);
        while (await reader.ReadAsync())
        {
            foreach (Match match in DocumentKey().Matches(reader.GetString(0)))
            {
                keys.Add(match.Value);
            }
        }
        return keys.ToFrozenSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("[0-9a-f]{64}\\.(?:pdf|doc|docx|xlsx|odt)\\b")]
    private static partial Regex DocumentKey();
}
