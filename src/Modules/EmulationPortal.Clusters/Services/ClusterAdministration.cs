using System.Data.Common;
using System.Globalization;
using Dapper;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Clusters.Services;

/// <summary>What an administrator types for a cluster or bloc; the slug is not among it.</summary>
public sealed record ClusterInput(ClusterKind Kind, int? Number, string Name, string? Province, string? Sector, bool ReviewRequired,
    bool BlockSubmitOnWarnings);

/// <summary>One year of a cluster as an administrator sets it.</summary>
public sealed record TermInput(string? LeaderId, string? DeputyId, IReadOnlyList<string> MemberIds);

/// <summary>A cluster in the administrators' list, with its newest year.</summary>
public sealed record ClusterListItem(Cluster Cluster, int? LatestYear, string? LatestLeader, int LatestMemberCount, int TermCount);

/// <summary>A unit in the administrators' list, with the clusters it has been a member of.</summary>
public sealed record UnitListItem(Unit Unit, IReadOnlyList<string> ClusterNames);

/// <summary>
/// Clusters, their yearly terms and units as administrators change them. Every change is one
/// transaction, in SQL that SQLite and PostgreSQL both speak. The forms have checked what was typed;
/// what only the database can refuse (a name taken, a unit gone) is added to the refusals, at its
/// field, and nothing is written.
/// </summary>
public sealed class ClusterAdministration(IDbConnectionFactory connections, IChangeFeed changes)
{
    public const int FirstYear = 1945;
    public const int LastYear = 2200;

    /// <summary>Slugs that would collide with the admin pages' own addresses.</summary>
    private static readonly HashSet<string> ReservedIds = ["tao"];

    /// <summary>Ids the admin's own addresses take (<c>/admin/…/tao</c>).</summary>
    public static bool IsReservedId(string id) => ReservedIds.Contains(id);

    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public async Task<IReadOnlyList<ClusterListItem>> ListClustersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var clusters = await ClusterStore.ListAsync(connection, null);
        var terms = (await connection.QueryAsync<(string ClusterId, int Year, string? Leader)>(new CommandDefinition("""
            SELECT t.cluster_id, t.year, u.name FROM cluster_terms t LEFT JOIN units u ON u.id = t.leader_unit_id
            """, cancellationToken: cancellationToken))).ToLookup(t => t.ClusterId);
        var counts = (await connection.QueryAsync<(string ClusterId, int Year, int Count)>(new CommandDefinition(
            "SELECT cluster_id, year, COUNT(*) FROM cluster_members GROUP BY cluster_id, year", cancellationToken: cancellationToken)))
            .ToDictionary(c => (c.ClusterId, c.Year), c => c.Count);
        return clusters.Select(c =>
        {
            var years = terms[c.Id].OrderByDescending(t => t.Year).ToList();
            var latest = years.Count > 0 ? years[0] : default;
            return new ClusterListItem(c,
                years.Count > 0 ? latest.Year : null,
                latest.Leader,
                years.Count > 0 ? counts.GetValueOrDefault((c.Id, latest.Year)) : 0,
                years.Count);
        }).ToList();
    }

    public async Task<Cluster?> FindClusterAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await ClusterStore.ListAsync(connection, null)).FirstOrDefault(c => c.Id == id);
    }

    public async Task<IReadOnlyList<Unit>> ListUnitsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Unit>(new CommandDefinition(
                "SELECT id AS Id, name AS Name, province AS Province FROM units", cancellationToken: cancellationToken)))
            .OrderBy(u => u.Province ?? "", Vietnamese).ThenBy(u => u.Name, Vietnamese).ToList();
    }

    public async Task<IReadOnlyList<UnitListItem>> ListUnitsWithClustersAsync(CancellationToken cancellationToken = default)
    {
        var units = await ListUnitsAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var memberships = (await connection.QueryAsync<(string UnitId, string Name)>(new CommandDefinition("""
            SELECT DISTINCT m.unit_id, c.name FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id
            """, cancellationToken: cancellationToken))).ToLookup(m => m.UnitId, m => m.Name);
        return units.Select(u => new UnitListItem(u, memberships[u.Id].Order(Vietnamese).ToList())).ToList();
    }

    public async Task<Unit?> FindUnitAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Unit>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, province AS Province FROM units WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>The provinces already typed somewhere, to suggest them.</summary>
    public async Task<IReadOnlyList<string>> ProvincesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition("""
                SELECT province FROM units WHERE province IS NOT NULL
                UNION SELECT province FROM clusters WHERE province IS NOT NULL
                """, cancellationToken: cancellationToken)))
            .Order(Vietnamese).ToList();
    }

    /// <summary>Creates a cluster whose id and slug are made from its name; returns the id, or null when refused.</summary>
    public async Task<string?> CreateClusterAsync(ClusterInput input, ValidationErrors refusals, CancellationToken cancellationToken = default)
    {
        var slug = Slug.From(input.Name);
        if (slug.Length == 0)
        {
            refusals.Add("Name", "Tên phải có ít nhất một chữ cái hoặc chữ số.");
            return null;
        }
        if (ReservedIds.Contains(slug))
        {
            refusals.Add("Name", "Tên này trùng với một địa chỉ dành riêng của trang quản trị; xin đặt tên đầy đủ hơn.");
            return null;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var taken = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM clusters WHERE id = @slug OR slug = @slug", new { slug }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            refusals.Add("Name", DuplicateName(slug));
            return null;
        }
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO clusters (id, kind, number, name, slug, province, sector, review_required, block_submit_on_warnings)
                VALUES (@slug, @kind, @Number, @Name, @slug, @Province, @Sector, @ReviewRequired, @BlockSubmitOnWarnings)
                """,
                new { slug, kind = input.Kind.ToString(), input.Number, input.Name, input.Province, input.Sector, input.ReviewRequired, input.BlockSubmitOnWarnings },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (connections.Dialect.IsUniqueViolation(e))
        {
            refusals.Add("Name", DuplicateName(slug));
            return null;
        }
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return slug;
    }

    /// <summary>Changes a cluster's fields; its id and slug, and so its public address, stay.</summary>
    public async Task<bool> UpdateClusterAsync(string id, ClusterInput input, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE clusters SET kind = @kind, number = @Number, name = @Name, province = @Province, sector = @Sector,
                review_required = @ReviewRequired, block_submit_on_warnings = @BlockSubmitOnWarnings
            WHERE id = @id
            """,
            new { id, kind = input.Kind.ToString(), input.Number, input.Name, input.Province, input.Sector, input.ReviewRequired, input.BlockSubmitOnWarnings },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return changed > 0;
    }

    /// <summary>Adds a year, optionally with the members of the newest earlier year; false when refused.</summary>
    public async Task<bool> AddTermAsync(string clusterId, int year, bool copyMembers, ValidationErrors refusals, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM cluster_terms WHERE cluster_id = @clusterId AND year = @year", new { clusterId, year }, transaction,
            cancellationToken: cancellationToken));
        if (exists > 0)
        {
            refusals.Add("Year", DuplicateYear(year));
            return false;
        }
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO cluster_terms (cluster_id, year, leader_unit_id, deputy_unit_id) VALUES (@clusterId, @year, NULL, NULL)",
                new { clusterId, year }, transaction, cancellationToken: cancellationToken));
            if (copyMembers)
            {
                var source = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
                    "SELECT MAX(year) FROM cluster_terms WHERE cluster_id = @clusterId AND year < @year", new { clusterId, year }, transaction,
                    cancellationToken: cancellationToken))
                    ?? await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
                        "SELECT MIN(year) FROM cluster_terms WHERE cluster_id = @clusterId AND year > @year", new { clusterId, year }, transaction,
                        cancellationToken: cancellationToken));
                if (source is not null)
                {
                    await connection.ExecuteAsync(new CommandDefinition("""
                        INSERT INTO cluster_members (cluster_id, year, unit_id, position)
                        SELECT cluster_id, @year, unit_id, position FROM cluster_members WHERE cluster_id = @clusterId AND year = @source
                        """, new { clusterId, year, source }, transaction, cancellationToken: cancellationToken));
                }
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (connections.Dialect.IsUniqueViolation(e))
        {
            refusals.Add("Year", DuplicateYear(year));
            return false;
        }
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return true;
    }

    /// <summary>
    /// Sets a year's leader, deputy and members. A leader or deputy who is not among the members
    /// is added to them; the units so added are returned, or null when refused.
    /// </summary>
    public async Task<IReadOnlyList<Unit>?> SaveTermAsync(string clusterId, int year, TermInput input, ValidationErrors refusals,
        CancellationToken cancellationToken = default)
    {
        var leader = string.IsNullOrEmpty(input.LeaderId) ? null : input.LeaderId;
        var deputy = string.IsNullOrEmpty(input.DeputyId) ? null : input.DeputyId;

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var units = (await connection.QueryAsync<Unit>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, province AS Province FROM units", transaction: transaction, cancellationToken: cancellationToken)))
            .ToDictionary(u => u.Id);
        foreach (var (field, unitId) in new[] { ("Leader", leader), ("Deputy", deputy) })
        {
            if (unitId is not null && !units.ContainsKey(unitId))
            {
                refusals.Add(field, "Đơn vị được chọn không còn trong danh sách đơn vị.");
            }
        }
        if (input.MemberIds.Any(m => !string.IsNullOrEmpty(m) && !units.ContainsKey(m)))
        {
            refusals.Add("Members", "Có đơn vị thành viên không còn trong danh sách đơn vị; xin tải lại trang.");
        }
        var exists = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM cluster_terms WHERE cluster_id = @clusterId AND year = @year", new { clusterId, year }, transaction,
            cancellationToken: cancellationToken));
        if (exists == 0)
        {
            refusals.Add("Year", $"Năm {year} không còn trong danh sách nhiệm kỳ; có thể vừa bị xóa.");
        }
        if (refusals.Any)
        {
            return null;
        }

        // Members keep the order they had; new ones follow in the order they were ticked.
        var stored = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT unit_id FROM cluster_members WHERE cluster_id = @clusterId AND year = @year ORDER BY position",
            new { clusterId, year }, transaction, cancellationToken: cancellationToken))).ToList();
        var chosen = input.MemberIds.Where(m => !string.IsNullOrEmpty(m)).ToHashSet();
        var members = stored.Where(chosen.Contains).Concat(input.MemberIds.Where(m => !string.IsNullOrEmpty(m) && !stored.Contains(m))).Distinct().ToList();
        var added = new List<Unit>();
        foreach (var head in new[] { leader, deputy })
        {
            if (head is not null && !members.Contains(head))
            {
                members.Add(head);
                added.Add(units[head]);
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE cluster_terms SET leader_unit_id = @leader, deputy_unit_id = @deputy WHERE cluster_id = @clusterId AND year = @year",
            new { clusterId, year, leader, deputy }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM cluster_members WHERE cluster_id = @clusterId AND year = @year", new { clusterId, year }, transaction,
            cancellationToken: cancellationToken));
        for (var position = 0; position < members.Count; position++)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO cluster_members (cluster_id, year, unit_id, position) VALUES (@clusterId, @year, @unitId, @position)",
                new { clusterId, year, unitId = members[position], position }, transaction, cancellationToken: cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return added;
    }

    public async Task<bool> RemoveTermAsync(string clusterId, int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM cluster_members WHERE cluster_id = @clusterId AND year = @year", new { clusterId, year }, transaction,
            cancellationToken: cancellationToken));
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM cluster_terms WHERE cluster_id = @clusterId AND year = @year", new { clusterId, year }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return removed > 0;
    }

    /// <summary>Adds a unit with an id made from its name; returns the id, or null when refused.</summary>
    public async Task<string?> CreateUnitAsync(string name, string? province, ValidationErrors refusals, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await IsNewUnitAsync(connection, transaction, null, name, province, refusals, cancellationToken))
        {
            return null;
        }
        var id = await UnitDirectory.NewIdAsync(connection, transaction, name);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO units (id, name, province) VALUES (@id, @name, @province)", new { id, name, province }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return id;
    }

    /// <summary>False when there is no such unit, or when refused.</summary>
    public async Task<bool> UpdateUnitAsync(string id, string name, string? province, ValidationErrors refusals, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await IsNewUnitAsync(connection, transaction, id, name, province, refusals, cancellationToken))
        {
            return false;
        }
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE units SET name = @name, province = @province WHERE id = @id", new { id, name, province }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return changed > 0;
    }

    /// <summary>Two units with the same name in the same province are one unit typed twice.</summary>
    private static async Task<bool> IsNewUnitAsync(DbConnection connection, DbTransaction transaction, string? exceptId, string name, string? province,
        ValidationErrors refusals, CancellationToken cancellationToken)
    {
        var key = VietnameseText.FoldLower(name);
        var provinceKey = VietnameseText.FoldLower(province);
        var same = (await connection.QueryAsync<Unit>(new CommandDefinition(
                "SELECT id AS Id, name AS Name, province AS Province FROM units", transaction: transaction, cancellationToken: cancellationToken)))
            .FirstOrDefault(u => u.Id != exceptId && VietnameseText.FoldLower(u.Name) == key && VietnameseText.FoldLower(u.Province) == provinceKey);
        if (same is not null)
        {
            refusals.Add("Name", $"Đã có đơn vị “{same.Name}”{(same.Province is null ? "" : $" ({same.Province})")}; không cần thêm lần nữa.");
        }
        return same is null;
    }

    private static string DuplicateName(string slug) => $"Đã có cụm, khối thi đua với tên này (địa chỉ /cum-thi-dua/{slug}); xin đặt tên khác.";

    private static string DuplicateYear(int year) => $"Năm {year} đã có trong danh sách nhiệm kỳ.";
}
