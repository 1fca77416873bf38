using Dapper;
using EmulationPortal.Awards.Models;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Awards.Services;

/// <summary>A kind of the catalogue with the number of register lines it names.</summary>
public sealed record CataloguedKind(AwardKind Kind, int Lines);

/// <summary>A kind as decisions write it that the catalogue does not know (its first spelling), with its lines.</summary>
public sealed record UncataloguedKind(string Key, string Text, int Lines);

/// <summary>Refusals of a change of the catalogue, by the field of the form they concern.</summary>
public sealed class AwardKindValidationException(IReadOnlyDictionary<string, string> errors) : Exception(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}

/// <summary>
/// The administrators' changes of the catalogue: each is written by <see cref="AwardKindCatalogue"/>, relinks the
/// register in the same transaction and tells the public pages.
/// </summary>
public sealed class AwardKindAdministration(IDbConnectionFactory connections, IChangeFeed changes)
{
    /// <summary>Addresses under /admin/khen-thuong/hinh-thuc/ that are pages, not kinds.</summary>
    private static readonly HashSet<string> ReservedIds = ["tao", "cach-viet"];

    public async Task<IReadOnlyList<CataloguedKind>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var lines = (await session.Connection.QueryAsync<(string KindId, int Lines)>(
            "SELECT kind_id, COUNT(*) FROM award_lines WHERE kind_id IS NOT NULL GROUP BY kind_id", transaction: session.Transaction))
            .ToDictionary(l => l.KindId, l => l.Lines);
        return (await AwardKindCatalogue.ListAsync(session)).Select(k => new CataloguedKind(k, lines.GetValueOrDefault(k.Id))).ToList();
    }

    public async Task<IReadOnlyList<UncataloguedKind>> UncataloguedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var kinds = await connection.QueryAsync<(string Key, string Text, int Lines)>(new CommandDefinition("""
            SELECT kind_key, MIN(kind_text), COUNT(*) FROM award_lines
            WHERE kind_id IS NULL GROUP BY kind_key ORDER BY COUNT(*) DESC, kind_key
            """, cancellationToken: cancellationToken));
        return kinds.Select(k => new UncataloguedKind(k.Key, k.Text, k.Lines)).ToList();
    }

    public async Task<AwardKind?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Select(k => k.Kind).FirstOrDefault(k => k.Id == id);

    /// <summary>Adds a kind at the end of the catalogue; returns its id (the slug of its name).</summary>
    public async Task<string> CreateAsync(AwardKind kind, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var kinds = await AwardKindCatalogue.ListAsync(session);
        var stem = Slug.From(kind.Name) is { Length: > 0 } slug ? slug : "hinh-thuc";
        var id = stem;
        for (var n = 2; ReservedIds.Contains(id) || kinds.Any(k => k.Id == id); n++)
        {
            id = $"{stem}-{n}";
        }
        await CommitAsync(session, kinds, kind with { Id = id, Position = kinds.Count == 0 ? 0 : kinds.Max(k => k.Position) + 1 }, cancellationToken);
        return id;
    }

    /// <summary>Replaces a kind's name, level, form, recipients and spellings; false when there is no such kind.</summary>
    public async Task<bool> UpdateAsync(AwardKind kind, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var kinds = await AwardKindCatalogue.ListAsync(session);
        if (kinds.FirstOrDefault(k => k.Id == kind.Id) is not { } stored)
        {
            return false;
        }
        await CommitAsync(session, kinds, kind with { Position = stored.Position }, cancellationToken);
        return true;
    }

    /// <summary>Takes a spelling met in decisions as another way of writing a kind; false when there is no such kind.</summary>
    public async Task<bool> AddSpellingAsync(string kindId, string spelling, CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        var kinds = await AwardKindCatalogue.ListAsync(session);
        if (kinds.FirstOrDefault(k => k.Id == kindId) is not { } kind)
        {
            return false;
        }
        await CommitAsync(session, kinds, kind with { Spellings = [.. kind.Spellings, spelling] }, cancellationToken);
        return true;
    }

    private async Task CommitAsync(DataSession session, IReadOnlyList<AwardKind> kinds, AwardKind kind, CancellationToken cancellationToken)
    {
        var errors = Conflicts(kinds, kind);
        if (errors.Count > 0)
        {
            throw new AwardKindValidationException(errors);
        }
        await AwardKindCatalogue.SaveAsync(session, kind);
        await AwardRegister.RelinkKindsAsync(session);
        changes.PublishAfterCommit(session, ChangeTopics.Content);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// One spelling names one kind: a name or spelling another kind has already is refused at its field, every
    /// one of them at once (the catalogue would refuse the first alone, in a sentence without a field).
    /// </summary>
    private static Dictionary<string, string> Conflicts(IReadOnlyList<AwardKind> kinds, AwardKind kind)
    {
        var owners = kinds.Where(k => k.Id != kind.Id)
            .SelectMany(k => k.Spellings.Append(k.Name).Select(s => (Key: NameKey.Of(s), k.Name)))
            .GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First().Name);
        var errors = new Dictionary<string, string>();
        if (NameKey.Of(kind.Name).Length == 0)
        {
            errors["Name"] = "Tên hình thức khen thưởng phải có chữ hoặc số.";
        }
        else if (owners.TryGetValue(NameKey.Of(kind.Name), out var nameOwner))
        {
            errors["Name"] = $"Tên “{kind.Name}” đã là tên hoặc cách viết của hình thức “{nameOwner}”.";
        }
        var taken = kind.Spellings.Where(s => owners.ContainsKey(NameKey.Of(s))).Select(s => $"“{s}” đã thuộc hình thức “{owners[NameKey.Of(s)]}”").ToList();
        if (taken.Count > 0)
        {
            errors["Spellings"] = $"Cách viết {string.Join("; ", taken)}. Mỗi cách viết chỉ thuộc một hình thức.";
        }
        return errors;
    }
}
