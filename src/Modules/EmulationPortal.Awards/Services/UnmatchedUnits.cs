using Dapper;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Awards.Services;

/// <summary>A decision a name not linked to a unit comes from.</summary>
public sealed record UnmatchedSource(string ItemId, string? Number, string Title);

/// <summary>A unit name of register lines that matched no unit, under its NameKey (how it was written the first time).</summary>
/// <param name="Decisions">The first of the decisions it comes from, enough to recognise it.</param>
/// <param name="DecisionCount">How many decisions it comes from.</param>
public sealed record UnmatchedUnit(string Key, string Name, int Lines, IReadOnlyList<UnmatchedSource> Decisions, int DecisionCount);

/// <summary>A refusal of staff's link or new unit, with the field it concerns.</summary>
public sealed class UnitMatchException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>
/// The names decisions give to units the directory does not know, for staff to link to a unit or to add as
/// one: each change goes through the register in one transaction and tells the public pages.
/// </summary>
public sealed class UnmatchedUnits(IDbConnectionFactory connections, AwardRegister register, IUnitDirectory units, IChangeFeed changes)
{
    /// <summary>A name met in hundreds of decisions lists this many of them, not a page of links.</summary>
    public const int ListedDecisions = 10;

    public async Task<IReadOnlyList<UnmatchedUnit>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var names = await connection.QueryAsync<(string Key, string Name, int Lines)>(new CommandDefinition("""
            SELECT unit_key, MIN(unit_name), COUNT(*) FROM award_lines
            WHERE unit_id IS NULL AND unit_key IS NOT NULL AND unit_key <> ''
            GROUP BY unit_key ORDER BY COUNT(*) DESC, unit_key
            """, cancellationToken: cancellationToken));
        var sources = (await connection.QueryAsync<(string Key, string ItemId, string? Number, string Title, string? Date)>(new CommandDefinition("""
            SELECT DISTINCT unit_key, item_id, decision_number, decision_title, decision_date FROM award_lines
            WHERE unit_id IS NULL AND unit_key IS NOT NULL
            ORDER BY unit_key, decision_date, decision_number
            """, cancellationToken: cancellationToken))).ToLookup(s => s.Key, s => new UnmatchedSource(s.ItemId, s.Number, s.Title));
        return names.Select(n => new UnmatchedUnit(n.Key, n.Name, n.Lines, sources[n.Key].Take(ListedDecisions).ToList(), sources[n.Key].Count())).ToList();
    }

    /// <summary>Every unit of the directory, by name, to choose from.</summary>
    public async Task<IReadOnlyList<UnitSummary>> UnitsAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<UnitName> names;
        await using (var session = await connections.BeginSessionAsync(cancellationToken))
        {
            names = await units.NamesAsync(session);
        }
        var all = await units.FindManyAsync(names.Select(n => n.UnitId).ToHashSet(), cancellationToken);
        return all.OrderBy(u => u.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true)).ToList();
    }

    /// <summary>Links the lines under the name to the unit; the unit keeps the name as an alias. Returns the lines linked.</summary>
    public async Task<int> LinkAsync(string key, string unitId, CancellationToken cancellationToken = default)
    {
        if (await units.FindAsync(unitId, cancellationToken) is null)
        {
            throw new UnitMatchException("UnitId", "Không có đơn vị đã chọn trong danh mục: xin chọn lại.");
        }
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var (name, lines) = await UnmatchedAsync(session, key);
        await register.LinkUnitAsync(session, key, name, unitId);
        changes.PublishAfterCommit(session, ChangeTopics.Content);
        await session.CommitAsync(cancellationToken);
        return lines;
    }

    /// <summary>Adds the unit to the directory and links the lines under the name to it. Returns the new unit's id.</summary>
    public async Task<string> CreateAsync(string key, string unitName, string? province, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var (name, _) = await UnmatchedAsync(session, key);
        var newKey = NameKey.Of(unitName);
        if (newKey.Length == 0)
        {
            throw new UnitMatchException("Name", "Tên đơn vị phải có chữ hoặc số.");
        }
        if ((await units.NamesAsync(session)).FirstOrDefault(n => n.Key == newKey) is { } known)
        {
            throw new UnitMatchException("Name", $"Danh mục đã có đơn vị mang tên “{known.Name}”: xin chọn đơn vị đó ở ô “Khớp với đơn vị có sẵn”.");
        }
        var unitId = await units.CreateAsync(session, unitName, province);
        await register.LinkUnitAsync(session, key, name, unitId);
        changes.PublishAfterCommit(session, ChangeTopics.Content);
        await session.CommitAsync(cancellationToken);
        return unitId;
    }

    /// <summary>Matches the names again against the directory as it is now (units added or renamed since). Returns the lines linked.</summary>
    public async Task<int> RematchAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var linked = await register.RematchUnitsAsync(session);
        if (linked > 0)
        {
            changes.PublishAfterCommit(session, ChangeTopics.Content);
        }
        await session.CommitAsync(cancellationToken);
        return linked;
    }

    private static async Task<(string Name, int Lines)> UnmatchedAsync(DataSession session, string key)
    {
        var found = await session.Connection.QuerySingleAsync<(string? Name, int Lines)>(
            "SELECT MIN(unit_name), COUNT(*) FROM award_lines WHERE unit_key = @key AND unit_id IS NULL", new { key }, session.Transaction);
        return found.Name is null
            ? throw new UnitMatchException("Key", "Tên này không còn trong danh sách chưa khớp (có thể người khác vừa khớp xong).")
            : (found.Name, found.Lines);
    }
}
