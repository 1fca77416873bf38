using Dapper;
using EmulationPortal.Awards.Models;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Awards.Services;

/// <summary>The catalogue of award kinds: the only writer of <c>award_kinds</c> and <c>award_kind_spellings</c>.</summary>
public sealed class AwardKindCatalogue(IDbConnectionFactory connections)
{
    private sealed class KindRow
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string Level { get; init; } = "";
        public string Form { get; init; } = "";
        public string? RecipientType { get; init; }
        public int Position { get; init; }
    }

    public async Task<IReadOnlyList<AwardKind>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        return await ListAsync(session);
    }

    public static async Task<IReadOnlyList<AwardKind>> ListAsync(DataSession session)
    {
        var spellings = (await session.Connection.QueryAsync<(string KindId, string Spelling)>(
            "SELECT kind_id, spelling FROM award_kind_spellings ORDER BY spelling", transaction: session.Transaction)).ToLookup(s => s.KindId, s => s.Spelling);
        var rows = await session.Connection.QueryAsync<KindRow>("""
            SELECT id AS Id, name AS Name, level AS Level, form AS Form, recipient_type AS RecipientType, position AS Position
            FROM award_kinds ORDER BY position, name
            """, transaction: session.Transaction);
        return rows.Select(r => new AwardKind(r.Id, r.Name, Enum.Parse<AwardLevel>(r.Level), Enum.Parse<AwardForm>(r.Form),
            r.RecipientType is null ? null : Enum.Parse<RecipientType>(r.RecipientType), r.Position)
        {
            Spellings = spellings[r.Id].ToList(),
        }).ToList();
    }

    /// <summary>Every name and spelling of the catalogue, by its NameKey, to the kind it names.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> KeysAsync(DataSession session)
    {
        var keys = await session.Connection.QueryAsync<(string Key, string KindId)>(
            "SELECT name_key, id FROM award_kinds UNION ALL SELECT spelling_key, kind_id FROM award_kind_spellings", transaction: session.Transaction);
        return keys.GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.First().KindId);
    }

    /// <summary>
    /// Adds or replaces a kind with its spellings. A spelling another kind already has is refused: one
    /// spelling names one kind.
    /// </summary>
    public static async Task SaveAsync(DataSession session, AwardKind kind)
    {
        var nameKey = NameKey.Of(kind.Name);
        await EnsureFreeAsync(session, kind.Id, kind.Name, nameKey);
        await session.Connection.ExecuteAsync("""
            INSERT INTO award_kinds (id, name, name_key, level, form, recipient_type, position)
            VALUES (@Id, @Name, @NameKey, @Level, @Form, @RecipientType, @Position)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, level = excluded.level,
                form = excluded.form, recipient_type = excluded.recipient_type, position = excluded.position
            """, new
        {
            kind.Id,
            kind.Name,
            NameKey = NameKey.Of(kind.Name),
            Level = kind.Level.ToString(),
            Form = kind.Form.ToString(),
            RecipientType = kind.RecipientType?.ToString(),
            kind.Position,
        }, session.Transaction);
        await session.Connection.ExecuteAsync("DELETE FROM award_kind_spellings WHERE kind_id = @Id", new { kind.Id }, session.Transaction);
        foreach (var spelling in kind.Spellings.Select(s => s.Trim()).Where(s => s.Length > 0).DistinctBy(NameKey.Of).Where(s => NameKey.Of(s) != nameKey))
        {
            var key = NameKey.Of(spelling);
            await EnsureFreeAsync(session, kind.Id, spelling, key);
            await session.Connection.ExecuteAsync(
                "INSERT INTO award_kind_spellings (kind_id, spelling, spelling_key) VALUES (@Id, @spelling, @key)",
                new { kind.Id, spelling, key }, session.Transaction);
        }
    }

    private static async Task EnsureFreeAsync(DataSession session, string kindId, string spelling, string key)
    {
        var owner = await session.Connection.QueryFirstOrDefaultAsync<string>(
            "SELECT name FROM award_kinds WHERE id <> @kindId AND (name_key = @key OR id IN (SELECT kind_id FROM award_kind_spellings WHERE spelling_key = @key))",
            new { kindId, key }, session.Transaction);
        if (owner is not null)
        {
            throw new AwardKindConflictException($"Cách viết “{spelling}” đã thuộc hình thức “{owner}”.");
        }
    }
}

/// <summary>A change of the catalogue that would make one spelling name two kinds.</summary>
public sealed class AwardKindConflictException(string message) : Exception(message);
