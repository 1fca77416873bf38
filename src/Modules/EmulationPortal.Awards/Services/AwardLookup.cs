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
public sealed class AwardLookup(IDbConnectionFactory connections, ContentTypeRegistry contentTypes, ContentLinks links, IClusterDirectory clusters, IUnitDirectory units)
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
    private const string LineOrder = "l.year DESC, l.decision_date DESC, l.item_id, l.line";

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

    private sealed class CountRow
    {
        public int Year { get; init; }
        public string? KindId { get; init; }
        public string? KindKey { get; init; }
        public string KindText { get; init; } = "";
        public string ClusterId { get; init; } = "";
        public string RecipientType { get; init; } = "";
        public int Revoked { get; init; }
        public long Count { get; init; }
    }

    private sealed record KindEntry(string Id, string Name, string Level);

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
            filter = (await KindsAsync(cancellationToken)).ContainsKey(kind)
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
        var kinds = await KindsAsync(cancellationToken);
        var (where, parameters) = Where(filter);
        await using var connection = await connections.OpenAsync(cancellationToken);
        // One pass groups the lines by every facet at once; each facet is then a sum over the groups.
        var groups = (await connection.QueryAsync<CountRow>(new CommandDefinition($"""
            SELECT l.year AS Year, l.kind_id AS KindId, CASE WHEN l.kind_id IS NULL THEN l.kind_key END AS KindKey, MIN(l.kind_text) AS KindText,
                l.cluster_id AS ClusterId, l.recipient_type AS RecipientType, CASE WHEN l.revoked_by IS NULL THEN 0 ELSE 1 END AS Revoked,
                COUNT(*) AS Count
            FROM award_lines l WHERE {where}
            GROUP BY l.year, l.kind_id, CASE WHEN l.kind_id IS NULL THEN l.kind_key END, l.cluster_id, l.recipient_type,
                CASE WHEN l.revoked_by IS NULL THEN 0 ELSE 1 END
            """, parameters, cancellationToken: cancellationToken))).AsList();
        var total = (int)groups.Sum(g => g.Count);
        var rows = total == 0 ? [] : (await connection.QueryAsync<LineRow>(new CommandDefinition($"""
            SELECT {LineColumns} FROM award_lines l WHERE {where} ORDER BY {LineOrder} LIMIT @Limit OFFSET @Offset
            """, Paged(parameters, filter.Page), cancellationToken: cancellationToken))).AsList();
        var items = await LinesAsync(rows, kinds, cancellationToken);
        var streaks = AwardStreaks.Of(await StreakYearsAsync(connection, rows, items, kinds, cancellationToken));
        return new AwardLookupResult(filter, total, (int)groups.Where(g => g.Revoked == 1).Sum(g => g.Count), items,
            await FacetsAsync(groups.Where(g => g.Revoked == 0).ToList(), kinds, cancellationToken), streaks);
    }

    /// <summary>Every line the filter finds (the page is ignored), in the register's order, for an export.</summary>
    public async Task<IReadOnlyList<AwardLine>> ExportAsync(AwardFilter filter, CancellationToken cancellationToken = default)
    {
        var kinds = await KindsAsync(cancellationToken);
        var (where, parameters) = Where(filter);
        parameters.Add("Limit", MaxExportLines);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<LineRow>(new CommandDefinition(
            $"SELECT {LineColumns} FROM award_lines l WHERE {where} ORDER BY {LineOrder} LIMIT @Limit", parameters, cancellationToken: cancellationToken));
        return await LinesAsync(rows.AsList(), kinds, cancellationToken);
    }

    /// <summary>Every line linked to a unit, collective or one of its people, with the streaks among them.</summary>
    public async Task<(IReadOnlyList<AwardLine> Lines, IReadOnlyList<AwardStreak> Streaks)> OfUnitAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var kinds = await KindsAsync(cancellationToken);
        var (where, parameters) = Where(new AwardFilter { UnitId = unitId });
        parameters.Add("Limit", MaxExportLines);
        List<LineRow> rows;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<LineRow>(new CommandDefinition(
                $"SELECT {LineColumns} FROM award_lines l WHERE {where} ORDER BY {LineOrder} LIMIT @Limit", parameters, cancellationToken: cancellationToken))).AsList();
        }
        var lines = await LinesAsync(rows, kinds, cancellationToken);
        return (lines, AwardStreaks.Of(rows.Zip(lines, (row, line) => YearOf(row, line))));
    }

    /// <summary>The emulation years the register holds, newest first, for the look-up's year choices.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<int>(new CommandDefinition(
            "SELECT DISTINCT year FROM award_lines ORDER BY year DESC", cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>The catalogue, id to name and level, in its own order.</summary>
    public async Task<IReadOnlyDictionary<string, (string Name, AwardLevel Level)>> CatalogueAsync(CancellationToken cancellationToken = default) =>
        (await KindsAsync(cancellationToken)).ToDictionary(k => k.Key, k => (k.Value.Name, Enum.Parse<AwardLevel>(k.Value.Level)));

    /// <summary>
    /// Who holds an award, for streaks: a unit itself when a collective line names the unit it is linked to, else
    /// the recipient's name within its unit (two people of one name in two units are two people).
    /// </summary>
    internal static string SubjectOf(string recipientType, string recipientKey, string? unitKey, string? unitId) =>
        recipientType == nameof(RecipientType.Collective) && unitId is not null && unitKey == recipientKey
            ? "unit:" + unitId
            : $"{recipientType}:{recipientKey}@{unitId ?? unitKey ?? ""}";

    private static AwardYear YearOf(LineRow row, AwardLine line)
    {
        var subject = SubjectOf(row.RecipientType, row.RecipientKey, row.UnitKey, row.UnitId);
        var name = subject.StartsWith("unit:", StringComparison.Ordinal) ? line.Unit?.Name ?? line.Recipient
            : line.Unit is not null || line.UnitText is not null ? $"{line.Recipient} ({line.Unit?.Name ?? line.UnitText})" : line.Recipient;
        return new AwardYear(subject, name, row.KindId ?? row.KindKey, line.Kind, row.Year, row.RevokedBy is not null);
    }

    /// <summary>Every year of every kind of the recipients on the page, from the whole register.</summary>
    private async Task<IReadOnlyList<AwardYear>> StreakYearsAsync(DbConnection connection, IReadOnlyList<LineRow> page, IReadOnlyList<AwardLine> lines,
        IReadOnlyDictionary<string, KindEntry> kinds, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return [];
        }
        var subjects = page.Select(r => SubjectOf(r.RecipientType, r.RecipientKey, r.UnitKey, r.UnitId)).ToHashSet(StringComparer.Ordinal);
        var rows = (await connection.QueryAsync<LineRow>(new CommandDefinition($"""
            SELECT {LineColumns} FROM award_lines l
            WHERE {connections.Dialect.InList("l.recipient_key", "@keys")} OR (l.recipient_type = 'Collective' AND {connections.Dialect.InList("l.unit_id", "@unitIds")})
            """, new
        {
            keys = page.Select(r => r.RecipientKey).Distinct().ToArray(),
            unitIds = page.Where(r => r.UnitId is not null).Select(r => r.UnitId!).Distinct().ToArray(),
        }, cancellationToken: cancellationToken)))
            .Where(r => subjects.Contains(SubjectOf(r.RecipientType, r.RecipientKey, r.UnitKey, r.UnitId))).ToList();
        var found = await LinesAsync(rows, kinds, cancellationToken);
        return rows.Zip(found, YearOf).ToList();
    }

    private async Task<IReadOnlyList<AwardLine>> LinesAsync(IReadOnlyList<LineRow> rows, IReadOnlyDictionary<string, KindEntry> kinds, CancellationToken cancellationToken)
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
                kind is null ? null : Enum.Parse<AwardLevel>(kind.Level),
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

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>> FacetsAsync(IReadOnlyList<CountRow> groups,
        IReadOnlyDictionary<string, KindEntry> kinds, CancellationToken cancellationToken)
    {
        var clusterNames = await clusters.AllAsync(cancellationToken);
        var kindOrder = kinds.Keys.Select((id, index) => (id, index)).ToDictionary(k => k.id, k => k.index);
        IReadOnlyList<FacetCount> Facet<TKey>(Func<CountRow, string?> value, Func<CountRow, string> label, Func<FacetCount, TKey> order) =>
            groups.Where(g => value(g) is not null).GroupBy(value)
                .Select(g => new FacetCount(g.Key!, label(g.First()), (int)g.Sum(r => r.Count)))
                .OrderBy(order).ToList();
        return new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            ["year"] = Facet(g => g.Year.ToString(CultureInfo.InvariantCulture), g => g.Year.ToString(CultureInfo.InvariantCulture), f => -int.Parse(f.Value, CultureInfo.InvariantCulture)),
            ["kind"] = Facet(g => g.KindId ?? g.KindText, g => g.KindId is { } id && kinds.TryGetValue(id, out var kind) ? kind.Name : g.KindText,
                f => (kindOrder.GetValueOrDefault(f.Value, int.MaxValue), -f.Count)),
            ["cluster"] = Facet(g => g.ClusterId, g => clusterNames.GetValueOrDefault(g.ClusterId)?.Name ?? g.ClusterId, f => f.Label),
            ["level"] = Facet(g => g.KindId is { } id && kinds.TryGetValue(id, out var kind) ? kind.Level : null,
                g => AwardNames.Of(Enum.Parse<AwardLevel>(kinds[g.KindId!].Level)), f => Enum.Parse<AwardLevel>(f.Value)),
            ["recipientType"] = Facet(g => g.RecipientType, g => AwardNames.Of(Enum.Parse<RecipientType>(g.RecipientType)), f => f.Value),
        };
    }

    private async Task<IReadOnlyDictionary<string, KindEntry>> KindsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var kinds = await connection.QueryAsync<KindEntry>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, level AS Level FROM award_kinds ORDER BY position, name", cancellationToken: cancellationToken));
        // Insertion order is the catalogue's: facets list kinds as the catalogue does.
        var byId = new Dictionary<string, KindEntry>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            byId[kind.Id] = kind;
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

    private static DynamicParameters Paged(DynamicParameters parameters, int page)
    {
        parameters.Add("Limit", AwardFilter.PageSize);
        parameters.Add("Offset", (page - 1) * AwardFilter.PageSize);
        return parameters;
    }
}
