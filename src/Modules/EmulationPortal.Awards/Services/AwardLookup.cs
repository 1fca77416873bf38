using System.Data.Common;
using System.Globalization;
using Dapper;
using EmulationPortal.Awards.Models;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Awards.Services;

/// <summary>
/// Reads the register for the look-up, its exports, the API and unit pages: one query object, so every one of
/// them filters, counts and shows a line alike.
/// </summary>
public sealed class AwardLookup(IDbConnectionFactory connections, AwardRegisterSnapshot snapshot, ContentTypeRegistry contentTypes, ContentLinks links,
    IClusterDirectory clusters, IUnitDirectory units)
{
    /// <summary>The most lines an export holds: ten years of a province's awards, several times over.</summary>
    public const int MaxExportLines = 100_000;

    private const string LineColumns = """
        l.item_id AS ItemId, l.line AS Line, l.decision_type AS DecisionType, l.decision_slug AS DecisionSlug,
        l.decision_number AS DecisionNumber, l.decision_date AS DecisionDate, l.decision_title AS DecisionTitle, l.cluster_id AS ClusterId,
        l.year AS Year, l.kind_text AS KindText, l.kind_key AS KindKey, l.kind_id AS KindId, l.recipient_type AS RecipientType,
        l.recipient AS Recipient, l.recipient_key AS RecipientKey, l.unit_name AS UnitName, l.unit_key AS UnitKey, l.unit_id AS UnitId,
        l.revoked_by AS RevokedBy, l.revoked_by_type AS RevokedByType, l.revoked_by_slug AS RevokedBySlug, l.revoked_by_number AS RevokedByNumber
        """;

    /// <summary>The register's own order: newest year first, then the decision, then its list.</summary>
    internal const string LineOrder = "l.year DESC, l.decision_date DESC, l.item_id, l.line";

    internal sealed class LineRow
    {
        public string ItemId { get; init; } = "";
        public int Line { get; init; }
        public string DecisionType { get; init; } = "";
        public string DecisionSlug { get; init; } = "";
        public string? DecisionNumber { get; init; }
        public string? DecisionDate { get; init; }
        public string DecisionTitle { get; init; } = "";
        public string ClusterId { get; init; } = "";
        public int Year { get; init; }
        public string KindText { get; init; } = "";
        public string KindKey { get; init; } = "";
        public string? KindId { get; init; }
        public string RecipientType { get; init; } = "";
        public string Recipient { get; init; } = "";
        public string RecipientKey { get; init; } = "";
        public string? UnitName { get; init; }
        public string? UnitKey { get; init; }
        public string? UnitId { get; init; }
        public string? RevokedBy { get; init; }
        public string? RevokedByType { get; init; }
        public string? RevokedBySlug { get; init; }
        public string? RevokedByNumber { get; init; }
    }

    /// <summary>Checks what a request wrote; a filter naming nothing known is refused rather than ignored.</summary>
    public async Task<(AwardFilter? Filter, IReadOnlyList<AwardFilterError> Errors)> ParseAsync(AwardFilterText text, CancellationToken cancellationToken = default)
    {
        var errors = new List<AwardFilterError>();
        int? Number(string? value, string parameter, string label, int min, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            {
                return number;
            }
            errors.Add(new AwardFilterError(parameter, $"{label} “{value}” không hợp lệ: cần một số từ {min} đến {max}."));
            return null;
        }
        var filter = new AwardFilter
        {
            NameKey = NameKey.Of(text.Name) is { Length: > 0 } key ? key : null,
            Year = Number(text.Year, "year", "Năm thi đua", 1945, 2200),
            From = Number(text.From, "from", "Từ năm", 1945, 2200),
            To = Number(text.To, "to", "Đến năm", 1945, 2200),
            Page = Number(text.Page, "page", "Trang", 1, AwardFilter.MaxPage) ?? 1,
        };
        if (filter is { From: { } from, To: { } to } && from > to)
        {
            errors.Add(new AwardFilterError("from", $"Từ năm {from} đứng sau đến năm {to}."));
        }
        if (!string.IsNullOrWhiteSpace(text.Level))
        {
            if (Enum.TryParse<AwardLevel>(text.Level.Trim(), ignoreCase: false, out var level) && Enum.IsDefined(level))
            {
                filter = filter with { Level = level };
            }
            else
            {
                errors.Add(new AwardFilterError("level", $"Cấp khen thưởng “{text.Level}” không có; chọn một trong: {string.Join(", ", Enum.GetNames<AwardLevel>())}."));
            }
        }
        if (!string.IsNullOrWhiteSpace(text.RecipientType))
        {
            if (Enum.TryParse<RecipientType>(text.RecipientType.Trim(), ignoreCase: false, out var type) && Enum.IsDefined(type))
            {
                filter = filter with { RecipientType = type };
            }
            else
            {
                errors.Add(new AwardFilterError("recipientType", $"Đối tượng “{text.RecipientType}” không có; chọn Collective (tập thể) hoặc Individual (cá nhân)."));
            }
        }
        if (!string.IsNullOrWhiteSpace(text.Kind))
        {
            var kind = text.Kind.Trim();
            filter = (await snapshot.ReadAsync(cancellationToken)).Kinds.ContainsKey(kind)
                ? filter with { KindId = kind }
                : filter with { KindKey = NameKey.Of(kind) };
        }
        if (!string.IsNullOrWhiteSpace(text.Cluster))
        {
            var wanted = text.Cluster.Trim();
            var cluster = (await clusters.AllAsync(cancellationToken)).Values.FirstOrDefault(c => c.Id == wanted || c.Slug == wanted);
            if (cluster is null)
            {
                errors.Add(new AwardFilterError("cluster", $"Không có cụm, khối thi đua “{wanted}”."));
            }
            filter = filter with { ClusterId = cluster?.Id };
        }
        if (!string.IsNullOrWhiteSpace(text.Unit))
        {
            var unit = await units.FindAsync(text.Unit.Trim(), cancellationToken);
            if (unit is null)
            {
                errors.Add(new AwardFilterError("unit", $"Không có đơn vị “{text.Unit.Trim()}”."));
            }
            filter = filter with { UnitId = unit?.Id };
        }
        return errors.Count == 0 ? (filter, errors) : (null, errors);
    }

    /// <summary>A page of lines with the facet counts and the streaks of the recipients on it.</summary>
    public async Task<AwardLookupResult> FindAsync(AwardFilter filter, CancellationToken cancellationToken = default)
    {
        var view = await snapshot.ReadAsync(cancellationToken);
        var matches = Matcher(filter, view);
        var offset = (filter.Page - 1) * AwardFilter.PageSize;
        var shown = new List<int>(AwardFilter.PageSize);
        var counts = new int[view.Groups.Count];
        int total = 0, revoked = 0;
        var lines = view.Lines;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!matches(in lines[i]))
            {
                continue;
            }
            if (total >= offset && shown.Count < AwardFilter.PageSize)
            {
                shown.Add(i);
            }
            total++;
            if (lines[i].Revoked)
            {
                revoked++;
            }
            else
            {
                counts[lines[i].Group]++;
            }
        }
        var counted = view.Groups.Select((group, i) => (Group: group, Count: counts[i])).Where(g => g.Count > 0).ToList();
        var (held, earliest) = HeldBy(view, shown);
        // One read for the page's lines and the earliest line of each recipient on it (which names them).
        IReadOnlyList<LineRow> rows;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            rows = await ShownRowsAsync(connection, shown.Concat(earliest.Values).Distinct().Select(i => (lines[i].ItemId, lines[i].Line)).ToList(),
                cancellationToken);
        }
        var read = rows.Zip(await LinesAsync(rows, view.Kinds, cancellationToken), (row, line) => (Row: row, Line: line))
            .ToDictionary(r => (r.Row.ItemId, r.Row.Line));
        var items = shown.Select(i => (lines[i].ItemId, lines[i].Line)).Where(read.ContainsKey).Select(key => read[key].Line).ToList();
        var streaks = AwardStreaks.Of(StreakYears(view, held, earliest, read));
        var facets = await FacetsAsync(counted, view.Kinds, cancellationToken);
        return new AwardLookupResult(filter, total, revoked, items, facets, streaks);
    }

    /// <summary>The lines a page shows, read in full by their keys, in the page's order; a line gone since the copy was read is left out.</summary>
    private static async Task<IReadOnlyList<LineRow>> ShownRowsAsync(DbConnection connection, IReadOnlyList<(string ItemId, int Line)> shown, CancellationToken cancellationToken)
    {
        if (shown.Count == 0)
        {
            return [];
        }
        var parameters = new DynamicParameters();
        var keys = shown.Select((key, i) =>
        {
            parameters.Add($"i{i}", key.ItemId);
            parameters.Add($"n{i}", key.Line);
            return $"(l.item_id = @i{i} AND l.line = @n{i})";
        });
        var found = (await connection.QueryAsync<LineRow>(new CommandDefinition(
            $"SELECT {LineColumns} FROM award_lines l WHERE {string.Join(" OR ", keys)}", parameters, cancellationToken: cancellationToken)))
            .ToDictionary(r => (r.ItemId, r.Line));
        return shown.Where(found.ContainsKey).Select(key => found[key]).ToList();
    }

    private delegate bool LineTest(in SnapshotLine line);

    /// <summary>The look-up's filters over the copy in memory; <see cref="Where"/> is the same filter in SQL, for exports and unit pages.</summary>
    private static LineTest Matcher(AwardFilter filter, AwardRegisterView view)
    {
        // Each typed word may begin a word of the name: "nguyen thi h" finds "Nguyễn Thị Hoa". Each name is searched once.
        var typed = filter.NameKey is { } key ? " " + key : null;
        var named = typed is null ? null : view.Names.Select(n => n.Contains(typed, StringComparison.Ordinal)).ToArray();
        var recipientType = filter.RecipientType;
        var levelKinds = filter.Level is { } level ? view.Kinds.Values.Where(k => k.Level == level).Select(k => k.Id).ToHashSet(StringComparer.Ordinal) : null;
        return (in SnapshotLine line) =>
            (filter.Year is not { } year || line.Year == year)
            && (filter.From is not { } from || line.Year >= from)
            && (filter.To is not { } to || line.Year <= to)
            && (filter.KindId is not { } kindId || line.KindId == kindId)
            && (filter.KindKey is not { } kindKey || (line.KindId is null && line.KindKey == kindKey))
            && (levelKinds is null || (line.KindId is not null && levelKinds.Contains(line.KindId)))
            && (filter.ClusterId is not { } clusterId || line.ClusterId == clusterId)
            && (filter.UnitId is not { } unitId || line.UnitId == unitId)
            && (recipientType is null || line.RecipientType == recipientType)
            && (named is null || named[line.Names]);
    }

    /// <summary>Every line the filter finds (the page is ignored), in the register's order, for an export.</summary>
    public async Task<IReadOnlyList<AwardLine>> ExportAsync(AwardFilter filter, CancellationToken cancellationToken = default) =>
        await LinesAsync(await AllRowsAsync(filter, cancellationToken), await KindsAsync(cancellationToken), cancellationToken);

    /// <summary>Every line linked to a unit, collective or one of its people, with the streaks among them.</summary>
    public async Task<(IReadOnlyList<AwardLine> Lines, IReadOnlyList<AwardStreak> Streaks)> OfUnitAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var rows = await AllRowsAsync(new AwardFilter { UnitId = unitId }, cancellationToken);
        var lines = await LinesAsync(rows, await KindsAsync(cancellationToken), cancellationToken);
        return (lines, AwardStreaks.Of(rows.Zip(lines, (row, line) => YearOf(row, line))));
    }

    /// <summary>Every line a filter finds, up to an export's size, in the register's order.</summary>
    private async Task<IReadOnlyList<LineRow>> AllRowsAsync(AwardFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        parameters.Add("Limit", MaxExportLines);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<LineRow>(new CommandDefinition(
            $"SELECT {LineColumns} FROM award_lines l WHERE {where} ORDER BY {LineOrder} LIMIT @Limit", parameters, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The emulation years the register holds, newest first, for the look-up's year choices.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default) =>
        (await snapshot.ReadAsync(cancellationToken)).Years;

    /// <summary>The catalogue, id to name and level, in its own order.</summary>
    public async Task<IReadOnlyDictionary<string, (string Name, AwardLevel Level)>> CatalogueAsync(CancellationToken cancellationToken = default) =>
        (await snapshot.ReadAsync(cancellationToken)).Kinds.ToDictionary(k => k.Key, k => (k.Value.Name, k.Value.Level));

    /// <summary>
    /// Who holds an award, for streaks: a unit itself when a collective line names the unit it is linked to, else
    /// the recipient's name within its unit (two people of one name in two units are two people).
    /// </summary>
    internal static string SubjectOf(string recipientType, string recipientKey, string? unitKey, string? unitId) =>
        recipientType == nameof(RecipientType.Collective) && unitId is not null && unitKey == recipientKey
            ? "unit:" + unitId
            : $"{recipientType}:{recipientKey}@{unitId ?? unitKey ?? ""}";

    private static AwardYear YearOf(LineRow row, AwardLine line) =>
        new(SubjectOf(row.RecipientType, row.RecipientKey, row.UnitKey, row.UnitId), SubjectName(row, line), row.KindId ?? row.KindKey, line.Kind,
            row.Year, row.RevokedBy is not null);

    /// <summary>A unit by its name; a person, or a collective within a unit, with the unit in brackets.</summary>
    private static string SubjectName(LineRow row, AwardLine line) =>
        SubjectOf(row.RecipientType, row.RecipientKey, row.UnitKey, row.UnitId).StartsWith("unit:", StringComparison.Ordinal) ? line.Unit?.Name ?? line.Recipient
            : line.Unit is not null || line.UnitText is not null ? $"{line.Recipient} ({line.Unit?.Name ?? line.UnitText})" : line.Recipient;

    /// <summary>Every line of the recipients on the page, from the whole register in memory, and each one's earliest.</summary>
    private static (List<int> Held, Dictionary<int, int> Earliest) HeldBy(AwardRegisterView view, IReadOnlyList<int> shown)
    {
        var lines = view.Lines;
        var wanted = new bool[view.SubjectCount];
        foreach (var i in shown)
        {
            wanted[lines[i].Subject] = true;
        }
        var held = new List<int>();
        var earliest = new Dictionary<int, int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (wanted[lines[i].Subject])
            {
                held.Add(i);
                // The register's order is newest year first: the last line met is the earliest.
                earliest[lines[i].Subject] = i;
            }
        }
        return (held, earliest);
    }

    /// <summary>
    /// Every year of every kind of the recipients on the page; each recipient is named as first written, by the
    /// earliest of its lines, so a later decision's capitals do not rename a person.
    /// </summary>
    private static List<AwardYear> StreakYears(AwardRegisterView view, List<int> held, Dictionary<int, int> earliest,
        Dictionary<(string ItemId, int Line), (LineRow Row, AwardLine Line)> read)
    {
        var lines = view.Lines;
        var subjectNames = new Dictionary<int, string>();
        foreach (var (subject, i) in earliest)
        {
            if (read.TryGetValue((lines[i].ItemId, lines[i].Line), out var first))
            {
                subjectNames[subject] = SubjectName(first.Row, first.Line);
            }
        }
        return held.Where(i => subjectNames.ContainsKey(lines[i].Subject)).Select(i =>
        {
            var line = lines[i];
            var kindName = line.KindId is { } kindId && view.Kinds.TryGetValue(kindId, out var kind) ? kind.Name : view.Groups[line.Group].KindText;
            return new AwardYear(line.Subject.ToString(CultureInfo.InvariantCulture), subjectNames[line.Subject], line.KindId ?? line.KindKey, kindName,
                line.Year, line.Revoked);
        }).ToList();
    }

    private async Task<IReadOnlyList<AwardLine>> LinesAsync(IReadOnlyList<LineRow> rows, IReadOnlyDictionary<string, SnapshotKind> kinds, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var clusterSummaries = await clusters.AllAsync(cancellationToken);
        var unitNames = (await units.FindManyAsync(rows.Where(r => r.UnitId is not null).Select(r => r.UnitId!).ToHashSet(), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        return rows.Select(row =>
        {
            var kind = row.KindId is null ? null : kinds.GetValueOrDefault(row.KindId);
            return new AwardLine(
                Decision(row.ItemId, row.DecisionType, row.DecisionSlug, row.DecisionNumber, row.DecisionTitle, row.DecisionDate),
                row.Line,
                row.Year,
                kind?.Id,
                kind?.Name ?? row.KindText,
                kind?.Level,
                Enum.Parse<RecipientType>(row.RecipientType),
                row.Recipient,
                row.UnitId is not null && unitNames.TryGetValue(row.UnitId, out var unitName) ? new AwardUnitLink(row.UnitId, unitName) : null,
                row.UnitName,
                clusterSummaries.GetValueOrDefault(row.ClusterId),
                row.RevokedBy is null ? null : Decision(row.RevokedBy, row.RevokedByType!, row.RevokedBySlug!, row.RevokedByNumber, "", null));
        }).ToList();
    }

    /// <summary>The one place a decision's address is made.</summary>
    private AwardDecisionLink Decision(string id, string type, string slug, string? number, string title, string? date) =>
        new(id, number, date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), title,
            contentTypes.Find(type) is { } contentType ? links.Public(contentType, slug) : "");

    /// <summary>
    /// Each facet's counts from the groups' counts in one pass. Values are summed by their typed keys and named once
    /// each; the thousands of groups of a large register are never formatted or compared as text.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>> FacetsAsync(IReadOnlyList<(FacetGroup Group, int Count)> groups,
        IReadOnlyDictionary<string, SnapshotKind> kinds, CancellationToken cancellationToken)
    {
        var years = new Dictionary<int, int>();
        var kindCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var clusterCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var levels = new Dictionary<AwardLevel, int>();
        var types = new Dictionary<RecipientType, int>();
        foreach (var (group, count) in groups)
        {
            years[group.Year] = years.GetValueOrDefault(group.Year) + count;
            var kindValue = group.KindId ?? group.KindText;
            kindCounts[kindValue] = kindCounts.GetValueOrDefault(kindValue) + count;
            clusterCounts[group.ClusterId] = clusterCounts.GetValueOrDefault(group.ClusterId) + count;
            if (group.KindId is { } kindId && kinds.TryGetValue(kindId, out var kind))
            {
                levels[kind.Level] = levels.GetValueOrDefault(kind.Level) + count;
            }
            types[group.RecipientType] = types.GetValueOrDefault(group.RecipientType) + count;
        }
        var clusterOrder = await ClusterOrderAsync(cancellationToken);
        var kindOrder = kinds.Keys.Select((id, index) => (id, index)).ToDictionary(k => k.id, k => k.index);
        return new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            ["year"] = years.OrderByDescending(y => y.Key)
                .Select(y => new FacetCount(y.Key.ToString(CultureInfo.InvariantCulture), y.Key.ToString(CultureInfo.InvariantCulture), y.Value)).ToList(),
            ["kind"] = kindCounts.OrderBy(k => kindOrder.GetValueOrDefault(k.Key, int.MaxValue)).ThenByDescending(k => k.Value)
                .Select(k => new FacetCount(k.Key, kinds.TryGetValue(k.Key, out var kind) ? kind.Name : k.Key, k.Value)).ToList(),
            ["cluster"] = clusterCounts.OrderBy(c => clusterOrder.Rank.GetValueOrDefault(c.Key, int.MaxValue)).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new FacetCount(c.Key, clusterOrder.Names.GetValueOrDefault(c.Key)?.Name ?? c.Key, c.Value)).ToList(),
            ["level"] = levels.OrderBy(l => l.Key).Select(l => new FacetCount(l.Key.ToString(), AwardNames.Of(l.Key), l.Value)).ToList(),
            ["recipientType"] = types.OrderBy(t => t.Key.ToString(), StringComparer.Ordinal)
                .Select(t => new FacetCount(t.Key.ToString(), AwardNames.Of(t.Key), t.Value)).ToList(),
        };
    }

    private sealed record ClusterOrder(IReadOnlyDictionary<string, ClusterSummary> Names, IReadOnlyDictionary<string, int> Rank);

    private ClusterOrder? _clusterOrder;

    /// <summary>Clusters in the reader's alphabetical order, sorted once for each list of clusters the directory holds.</summary>
    private async Task<ClusterOrder> ClusterOrderAsync(CancellationToken cancellationToken)
    {
        var all = await clusters.AllAsync(cancellationToken);
        if (_clusterOrder is { } order && ReferenceEquals(order.Names, all))
        {
            return order;
        }
        var rank = all.Values.OrderBy(c => c.Name).Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i, StringComparer.Ordinal);
        return _clusterOrder = new ClusterOrder(all, rank);
    }

    private async Task<IReadOnlyDictionary<string, SnapshotKind>> KindsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await KindsAsync(connection, cancellationToken);
    }

    /// <summary>The catalogue by id, in its own order: facets list kinds as the catalogue does.</summary>
    internal static async Task<IReadOnlyDictionary<string, SnapshotKind>> KindsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, SnapshotKind>(StringComparer.Ordinal);
        foreach (var (id, name, level) in await connection.QueryAsync<(string, string, string)>(new CommandDefinition(
            "SELECT id, name, level FROM award_kinds ORDER BY position, name", cancellationToken: cancellationToken)))
        {
            byId[id] = new SnapshotKind(id, name, Enum.Parse<AwardLevel>(level));
        }
        return byId;
    }

    private (string Where, DynamicParameters Parameters) Where(AwardFilter filter)
    {
        var conditions = new List<string> { "1 = 1" };
        var parameters = new DynamicParameters();
        void Add(string condition, string name, object? value)
        {
            conditions.Add(condition);
            parameters.Add(name, value);
        }
        if (filter.NameKey is { } name)
        {
            // Each typed word may begin a word of the name: "nguyen thi h" finds "Nguyễn Thị Hoa".
            Add("((' ' || l.recipient_key) LIKE @Name OR (' ' || l.unit_key) LIKE @Name)", "Name", "% " + name + "%");
        }
        if (filter.Year is { } year)
        {
            Add("l.year = @Year", "Year", year);
        }
        if (filter.From is { } from)
        {
            Add("l.year >= @From", "From", from);
        }
        if (filter.To is { } to)
        {
            Add("l.year <= @To", "To", to);
        }
        if (filter.KindId is { } kindId)
        {
            Add("l.kind_id = @KindId", "KindId", kindId);
        }
        if (filter.KindKey is { } kindKey)
        {
            Add("l.kind_id IS NULL AND l.kind_key = @KindKey", "KindKey", kindKey);
        }
        if (filter.Level is { } level)
        {
            Add("l.kind_id IN (SELECT k.id FROM award_kinds k WHERE k.level = @Level)", "Level", level.ToString());
        }
        if (filter.ClusterId is { } clusterId)
        {
            Add("l.cluster_id = @ClusterId", "ClusterId", clusterId);
        }
        if (filter.UnitId is { } unitId)
        {
            Add("l.unit_id = @UnitId", "UnitId", unitId);
        }
        if (filter.RecipientType is { } recipientType)
        {
            Add("l.recipient_type = @RecipientType", "RecipientType", recipientType.ToString());
        }
        return (string.Join(" AND ", conditions), parameters);
    }
}
