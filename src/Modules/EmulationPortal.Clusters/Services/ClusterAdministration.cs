using System.Data.Common;
using System.Globalization;
using Dapper;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Clusters.Services;

/// <summary>What an administrator types for a cluster or bloc; the slug is not among it.</summary>
public sealed record ClusterInput(ClusterKind Kind, int? Number, string Name, string? Province, string? Sector, bool ReviewRequired);

/// <summary>One year of a cluster as an administrator sets it.</summary>
public sealed record TermInput(string? LeaderId, string? DeputyId, IReadOnlyList<string> MemberIds);

/// <summary>A cluster in the administrators' list, with its newest year.</summary>
public sealed record ClusterListItem(Cluster Cluster, int? LatestYear, string? LatestLeader, int LatestMemberCount, int TermCount);

/// <summary>A unit in the administrators' list, with the clusters it has been a member of.</summary>
public sealed record UnitListItem(Unit Unit, IReadOnlyList<string> ClusterNames);

/// <summary>Input refused, with a Vietnamese message per field; nothing was written.</summary>
public sealed class ClusterValidationException : Exception
{
    public ClusterValidationException(IReadOnlyDictionary<string, string> errors) : base(string.Join(" ", errors.Values)) => Errors = errors;

    public ClusterValidationException(string field, string message) : this(new Dictionary<string, string> { [field] = message })
    {
    }

    public IReadOnlyDictionary<string, string> Errors { get; }
}

/// <summary>
/// Clusters, their yearly terms and units as administrators change them. Every change is one
/// transaction, in SQL that SQLite and PostgreSQL both speak.
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

    /// <summary>Creates a cluster whose id and slug are made from its name; returns the id.</summary>
    public async Task<string> CreateClusterAsync(ClusterInput input, CancellationToken cancellationToken = default)
    {
        var errors = Check(input);
        var slug = Slug.From(input.Name);
        if (!errors.ContainsKey("Name") && slug.Length == 0)
        {
            errors["Name"] = "Tên phải có ít nhất một chữ cái hoặc chữ số.";
        }
        else if (!errors.ContainsKey("Name") && ReservedIds.Contains(slug))
        {
            errors["Name"] = "Tên này trùng với một địa chỉ dành riêng của trang quản trị; xin đặt tên đầy đủ hơn.";
        }
        if (errors.Count > 0)
        {
            throw new ClusterValidationException(errors);
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var taken = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM clusters WHERE id = @slug OR slug = @slug", new { slug }, transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            throw DuplicateName(slug);
        }
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO clusters (id, kind, number, name, slug, province, sector, review_required)
                VALUES (@slug, @kind, @Number, @Name, @slug, @Province, @Sector, @ReviewRequired)
                """,
                new { slug, kind = input.Kind.ToString(), input.Number, input.Name, input.Province, input.Sector, input.ReviewRequired },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        }
        catch (Exception e) when (connections.Dialect.IsUniqueViolation(e))
        {
            throw DuplicateName(slug);
        }
        return slug;
    }

    /// <summary>Changes a cluster's fields; its id and slug, and so its public address, stay.</summary>
    public async Task<bool> UpdateClusterAsync(string id, ClusterInput input, CancellationToken cancellationToken = default)
    {
        var errors = Check(input);
        if (errors.Count > 0)
        {
            throw new ClusterValidationException(errors);
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE clusters SET kind = @kind, number = @Number, name = @Name, province = @Province, sector = @Sector,
                review_required = @ReviewRequired
            WHERE id = @id
            """,
            new { id, kind = input.Kind.ToString(), input.Number, input.Name, input.Province, input.Sector, input.ReviewRequired },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return changed > 0;
    }

    /// <summary>Adds a year, optionally with the members of the newest earlier year.</summary>
    public async Task AddTermAsync(string clusterId, int? year, bool copyMembers, CancellationToken cancellationToken = default)
    {
        if (year is null)
        {
            throw new ClusterValidationException("Year", "Chưa nhập năm.");
        }
        if (year is < FirstYear or > LastYear)
        {
            throw new ClusterValidationException("Year", $"Năm phải nằm trong khoảng {FirstYear}–{LastYear}.");
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var exists = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM cluster_terms WHERE cluster_id = @clusterId AND year = @year", new { clusterId, year }, transaction,
            cancellationToken: cancellationToken));
        if (exists > 0)
        {
            throw DuplicateYear(year.Value);
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
            await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        }
        catch (Exception e) when (connections.Dialect.IsUniqueViolation(e))
        {
            throw DuplicateYear(year.Value);
        }
    }

    /// <summary>
    /// Sets a year's leader, deputy and members. A leader or deputy who is not among the members
    /// is added to them; the units so added are returned.
    /// </summary>
    public async Task<IReadOnlyList<Unit>> SaveTermAsync(string clusterId, int year, TermInput input, CancellationToken cancellationToken = default)
    {
        var leader = string.IsNullOrEmpty(input.LeaderId) ? null : input.LeaderId;
        var deputy = string.IsNullOrEmpty(input.DeputyId) ? null : input.DeputyId;
        var errors = new Dictionary<string, string>();
        if (leader is not null && leader == deputy)
        {
            errors["Deputy"] = "Đơn vị phó phải khác đơn vị trưởng.";
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var units = (await connection.QueryAsync<Unit>(new CommandDefinition(
            "SELECT id AS Id, name AS Name, province AS Province FROM units", transaction: transaction, cancellationToken: cancellationToken)))
            .ToDictionary(u => u.Id);
        if (leader is not null && !units.ContainsKey(leader))
        {
            errors["Leader"] = "Đơn vị được chọn không còn trong danh sách đơn vị.";
        }
        if (deputy is not null && !units.ContainsKey(deputy))
        {
            errors["Deputy"] = "Đơn vị được chọn không còn trong danh sách đơn vị.";
        }
        var missing = input.MemberIds.Where(m => !string.IsNullOrEmpty(m) && !units.ContainsKey(m)).ToList();
        if (missing.Count > 0)
        {
            errors["Members"] = "Có đơn vị thành viên không còn trong danh sách đơn vị; xin tải lại trang.";
        }
        var exists = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM cluster_terms WHERE cluster_id = @clusterId AND year = @year", new { clusterId, year }, transaction,
            cancellationToken: cancellationToken));
        if (exists == 0)
        {
            errors["Year"] = $"Năm {year} không còn trong danh sách nhiệm kỳ; có thể vừa bị xóa.";
        }
        if (errors.Count > 0)
        {
            throw new ClusterValidationException(errors);
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

    /// <summary>Adds a unit with an id made from its name; returns the id.</summary>
    public async Task<string> CreateUnitAsync(string? name, string? province, CancellationToken cancellationToken = default)
    {
        (name, province) = ValidateUnit(name, province);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnsureUnitIsNewAsync(connection, transaction, null, name, province, cancellationToken);
        var id = await UnitDirectory.NewIdAsync(connection, transaction, name);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO units (id, name, province) VALUES (@id, @name, @province)", new { id, name, province }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return id;
    }

    public async Task<bool> UpdateUnitAsync(string id, string? name, string? province, CancellationToken cancellationToken = default)
    {
        (name, province) = ValidateUnit(name, province);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnsureUnitIsNewAsync(connection, transaction, id, name, province, cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE units SET name = @name, province = @province WHERE id = @id", new { id, name, province }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await changes.PublishAsync(ChangeTopics.Clusters, cancellationToken);
        return changed > 0;
    }

    private static (string Name, string? Province) ValidateUnit(string? name, string? province)
    {
        name = name?.Trim() ?? "";
        province = string.IsNullOrWhiteSpace(province) ? null : province.Trim();
        var errors = new Dictionary<string, string>();
        if (name.Length == 0)
        {
            errors["Name"] = "Chưa nhập tên đơn vị.";
        }
        else if (name.Length > 300)
        {
            errors["Name"] = "Tên đơn vị dài quá 300 ký tự.";
        }
        if (province is { Length: > 100 })
        {
            errors["Province"] = "Tên tỉnh, thành phố dài quá 100 ký tự.";
        }
        return errors.Count > 0 ? throw new ClusterValidationException(errors) : (name, province);
    }

    /// <summary>Two units with the same name in the same province are one unit typed twice.</summary>
    private static async Task EnsureUnitIsNewAsync(DbConnection connection, DbTransaction transaction, string? exceptId, string name, string? province,
        CancellationToken cancellationToken)
    {
        var key = VietnameseText.FoldLower(name);
        var provinceKey = VietnameseText.FoldLower(province);
        var same = (await connection.QueryAsync<Unit>(new CommandDefinition(
                "SELECT id AS Id, name AS Name, province AS Province FROM units", transaction: transaction, cancellationToken: cancellationToken)))
            .FirstOrDefault(u => u.Id != exceptId && VietnameseText.FoldLower(u.Name) == key && VietnameseText.FoldLower(u.Province) == provinceKey);
        if (same is not null)
        {
            throw new ClusterValidationException("Name",
                $"Đã có đơn vị “{same.Name}”{(same.Province is null ? "" : $" ({same.Province})")}; không cần thêm lần nữa.");
        }
    }

    /// <summary>The rules a cluster's fields must follow, field by field.</summary>
    public static Dictionary<string, string> Check(ClusterInput input)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors["Name"] = "Chưa nhập tên cụm, khối thi đua.";
        }
        else if (input.Name.Length > 300)
        {
            errors["Name"] = "Tên dài quá 300 ký tự.";
        }
        if (input.Number is < 1 or > 9999)
        {
            errors["Number"] = "Số hiệu phải là số nguyên từ 1 đến 9999.";
        }
        if (input.Province is { Length: > 100 })
        {
            errors["Province"] = "Tên tỉnh, thành phố dài quá 100 ký tự.";
        }
        if (input.Sector is { Length: > 200 })
        {
            errors["Sector"] = "Tên ngành, lĩnh vực dài quá 200 ký tự.";
        }
        if (!Enum.IsDefined(input.Kind))
        {
            errors["Kind"] = "Xin chọn Cụm hoặc Khối.";
        }
        return errors;
    }

    private static ClusterValidationException DuplicateName(string slug) =>
        new("Name", $"Đã có cụm, khối thi đua với tên này (địa chỉ /cum-thi-dua/{slug}); xin đặt tên khác.");

    private static ClusterValidationException DuplicateYear(int year) =>
        new("Year", $"Năm {year} đã có trong danh sách nhiệm kỳ.");
}
