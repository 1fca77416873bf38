using Dapper;
using EmulationPortal.Awards.Models;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Awards.Services;

/// <summary>
/// What the look-up filters and the statistics count of one line, in the register's order. Names is the line's place in
/// <see cref="AwardRegisterView.Names"/>, which a person recurs under year after year. Group is
/// the line's place in <see cref="AwardRegisterView.Groups"/>, so facets are counted without hashing a line; Subject
/// numbers who holds the award (<see cref="AwardLookup.SubjectOf"/>), so a recipient's years are found by comparing numbers.
/// </summary>
internal readonly record struct SnapshotLine(string ItemId, int Line, int Year, string? KindId, string KindKey,
    string ClusterId, RecipientType RecipientType, bool Revoked, string? UnitId, int Names, int Group, int Subject);

/// <summary>
/// Lines alike in every facet. A kind missing from the catalogue goes by the decision's words, the same words for all
/// its lines however they were spelt: the least in text order, as SQL's MIN would choose.
/// </summary>
internal readonly record struct FacetGroup(int Year, string? KindId, string KindText, string ClusterId, RecipientType RecipientType);

/// <summary>The award kinds of the catalogue, in its order, as the register's lines refer to them.</summary>
internal sealed record SnapshotKind(string Id, string Name, AwardLevel Level);

/// <summary>The register's lines in its own order (newest year first, then the decision, then its list) and the catalogue.</summary>
/// <param name="Names">
/// The folded recipient and unit names of lines, each after a space and each once, so a typed word is found at a word's
/// start by one search of each.
/// </param>
internal sealed record AwardRegisterView(SnapshotLine[] Lines, IReadOnlyList<string> Names, IReadOnlyList<FacetGroup> Groups, int SubjectCount,
    IReadOnlyDictionary<string, SnapshotKind> Kinds)
{
    /// <summary>The emulation years the register holds, newest first.</summary>
    public IReadOnlyList<int> Years { get; } = Groups.Select(g => g.Year).Distinct().OrderDescending().ToList();
}

/// <summary>
/// The register held in memory for the look-up, the API and the statistics, read once per change of content.
/// </summary>
/// <remarks>
/// Counting and filtering 100,000 lines in SQL for each page costs a tenth of a second; over this compact copy it costs
/// a few milliseconds, and only the lines a page shows are read from the database. The change feed moves a
/// generation on with each change of content (a publish, a recipe, the register's admin pages), on every node; a
/// copy read before a change carries the generation before it, so it is never used after it.
/// </remarks>
public sealed class AwardRegisterSnapshot
{
    private readonly IDbConnectionFactory _connections;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private long _generation;
    private volatile Loaded? _current;

    private sealed record Loaded(long Generation, AwardRegisterView View);

    public AwardRegisterSnapshot(IDbConnectionFactory connections, IChangeFeed changes)
    {
        _connections = connections;
        changes.Subscribe(ChangeTopics.Content, () => Interlocked.Increment(ref _generation));
    }

    internal async Task<AwardRegisterView> ReadAsync(CancellationToken cancellationToken)
    {
        var generation = Interlocked.Read(ref _generation);
        if (_current is { } current && current.Generation == generation)
        {
            return current.View;
        }
        // One reader loads the register; the others wait for its copy instead of loading it again.
        await _loading.WaitAsync(cancellationToken);
        try
        {
            generation = Interlocked.Read(ref _generation);
            if (_current is { } loaded && loaded.Generation == generation)
            {
                return loaded.View;
            }
            var view = await LoadAsync(cancellationToken);
            _current = new Loaded(generation, view);
            return view;
        }
        finally
        {
            _loading.Release();
        }
    }

    private sealed class Row
    {
        public string ItemId { get; init; } = "";
        public int Line { get; init; }
        public int Year { get; init; }
        public string? KindId { get; init; }
        public string KindKey { get; init; } = "";
        public string KindText { get; init; } = "";
        public string ClusterId { get; init; } = "";
        public string RecipientType { get; init; } = "";
        public int Revoked { get; init; }
        public string? UnitId { get; init; }
        public string RecipientKey { get; init; } = "";
        public string? UnitKey { get; init; }
    }

    private async Task<AwardRegisterView> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var kinds = await AwardLookup.KindsAsync(connection, cancellationToken);
        // The same decision, kind, cluster, unit and person recur down the lines: one string each keeps the copy small.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value) => strings.TryGetValue(value, out var shared) ? shared : strings[value] = value;
        var lines = new List<SnapshotLine>();
        var groups = new Dictionary<(int Year, string? KindId, string KindKey, string ClusterId, RecipientType RecipientType), int>();
        var unknownKinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var subjects = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        // Read as a stream: the lines are kept in their compact form, never also as rows.
        var rows = connection.QueryUnbufferedAsync<Row>($"""
            SELECT item_id AS ItemId, line AS Line, year AS Year, kind_id AS KindId, kind_key AS KindKey, kind_text AS KindText,
                cluster_id AS ClusterId, recipient_type AS RecipientType, CASE WHEN revoked_by IS NULL THEN 0 ELSE 1 END AS Revoked,
                unit_id AS UnitId, recipient_key AS RecipientKey, unit_key AS UnitKey
            FROM award_lines l ORDER BY {AwardLookup.LineOrder}
            """);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var kindId = row.KindId is null ? null : Shared(row.KindId);
            var kindKey = Shared(row.KindKey);
            var recipientType = Enum.Parse<RecipientType>(row.RecipientType);
            var clusterId = Shared(row.ClusterId);
            if (kindId is null && (!unknownKinds.TryGetValue(kindKey, out var least) || string.CompareOrdinal(row.KindText, least) < 0))
            {
                unknownKinds[kindKey] = row.KindText;
            }
            var groupKey = (row.Year, kindId, kindId is null ? kindKey : "", clusterId, recipientType);
            if (!groups.TryGetValue(groupKey, out var group))
            {
                groups[groupKey] = group = groups.Count;
            }
            var subjectKey = AwardLookup.SubjectOf(row.RecipientType, row.RecipientKey, row.UnitKey, row.UnitId);
            if (!subjects.TryGetValue(subjectKey, out var subject))
            {
                subjects[subjectKey] = subject = subjects.Count;
            }
            var nameText = row.UnitKey is null ? " " + row.RecipientKey : $" {row.RecipientKey}\n {row.UnitKey}";
            if (!names.TryGetValue(nameText, out var name))
            {
                names[nameText] = name = names.Count;
            }
            lines.Add(new SnapshotLine(Shared(row.ItemId), row.Line, row.Year, kindId, kindKey, clusterId, recipientType, row.Revoked != 0,
                row.UnitId is null ? null : Shared(row.UnitId), name, group, subject));
        }
        var facetGroups = groups.OrderBy(g => g.Value)
            .Select(g => new FacetGroup(g.Key.Year, g.Key.KindId, g.Key.KindId is null ? unknownKinds[g.Key.KindKey] : "", g.Key.ClusterId, g.Key.RecipientType))
            .ToList();
        return new AwardRegisterView([.. lines], names.OrderBy(n => n.Value).Select(n => n.Key).ToList(), facetGroups, subjects.Count, kinds);
    }
}
