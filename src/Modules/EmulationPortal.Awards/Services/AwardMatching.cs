using Dapper;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Awards.Services;

/// <summary>
/// How award lines link to units and kinds, for the register (<see cref="AwardRegister"/>) when it records them
/// and for the editor before it saves them, so the preview never promises a link the register will not make.
/// </summary>
public sealed class AwardMatching(IDbConnectionFactory connections, IUnitDirectory units) : IAwardMatching
{
    private sealed class DecisionRow
    {
        public string Id { get; init; } = "";
        public string? Number { get; init; }
        public string? Date { get; init; }
        public string Title { get; init; } = "";
        public long Lines { get; init; }
    }

    public async Task<AwardMatcher> LoadAsync(DataSession session)
    {
        var names = (await units.NamesAsync(session)).Where(n => n.Key.Length > 0).ToList();
        // Two units known by one name (a commune's committee in two provinces) link neither: staff choose.
        var unitKeys = names.GroupBy(n => n.Key)
            .ToDictionary(g => g.Key, g => g.Select(n => n.UnitId).Distinct().Count() == 1 ? g.First().UnitId : null);
        var keysOfUnit = names.GroupBy(n => n.UnitId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(n => n.Key).ToHashSet(StringComparer.Ordinal));
        return new AwardMatcher(unitKeys, keysOfUnit, await AwardKindCatalogue.KeysAsync(session));
    }

    public async Task<IReadOnlyList<AwardMatch>> MatchAsync(IReadOnlyList<AwardEntry> entries, CancellationToken cancellationToken = default)
    {
        if (entries.Count == 0)
        {
            return [];
        }
        AwardMatcher matcher;
        IReadOnlyDictionary<string, string> kindNames;
        await using (var session = await connections.BeginSessionAsync(cancellationToken))
        {
            matcher = await LoadAsync(session);
            kindNames = (await AwardKindCatalogue.ListAsync(session)).ToDictionary(k => k.Id, k => k.Name);
        }
        var matched = entries.Select(e => (UnitId: matcher.UnitOf(e).UnitId, KindId: matcher.Kind(NameKey.Of(e.Kind)))).ToList();
        var unitNames = (await units.FindManyAsync(matched.Select(m => m.UnitId).OfType<string>().Distinct().ToList(), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        // An id no unit has (a unit since removed) links nothing: the register would keep a dead link.
        return matched.Select(m => new AwardMatch(
            m.UnitId is not null && unitNames.ContainsKey(m.UnitId) ? m.UnitId : null,
            m.UnitId is null ? null : unitNames.GetValueOrDefault(m.UnitId),
            m.KindId,
            m.KindId is null ? null : kindNames.GetValueOrDefault(m.KindId))).ToList();
    }

    public async Task<IReadOnlyList<AwardDecisionReference>> FindDecisionsAsync(string idOrNumber, CancellationToken cancellationToken = default)
    {
        var text = idOrNumber.Trim();
        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return [];
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        const string Decisions = """
            SELECT item_id AS Id, decision_number AS Number, decision_date AS Date, decision_title AS Title, COUNT(*) AS Lines
            FROM award_lines
            """;
        const string ByDecision = " GROUP BY item_id, decision_number, decision_date, decision_title ORDER BY decision_date, item_id";
        var exact = (await connection.QueryAsync<DecisionRow>(
            $"{Decisions} WHERE item_id = @text OR decision_number = @text {ByDecision}", new { text })).AsList();
        if (exact.Count == 0)
        {
            // The number typed another way (without diacritics, another case, other spacing): few decisions, read their numbers.
            var numbers = await connection.QueryAsync<(string Id, string Number)>(
                "SELECT DISTINCT item_id, decision_number FROM award_lines WHERE decision_number IS NOT NULL");
            // One number names one decision, two at most by mistake: a query each, rather than a list parameter the engines spell differently.
            foreach (var id in numbers.Where(n => NameKey.Of(n.Number) == key).Select(n => n.Id).Distinct())
            {
                exact.AddRange(await connection.QueryAsync<DecisionRow>($"{Decisions} WHERE item_id = @id {ByDecision}", new { id }));
            }
        }
        return exact.Select(d => new AwardDecisionReference(d.Id, d.Number, d.Date, d.Title, (int)d.Lines)).ToList();
    }
}

/// <summary>Units and kinds by NameKey, loaded once per change (a few thousand names at most).</summary>
/// <param name="keysOfUnit">Each unit's official name and aliases, by unit id.</param>
public sealed class AwardMatcher(IReadOnlyDictionary<string, string?> units, IReadOnlyDictionary<string, IReadOnlySet<string>> keysOfUnit,
    IReadOnlyDictionary<string, string> kinds)
{
    public string? Unit(string key) => units.GetValueOrDefault(key);

    public string? Kind(string key) => kinds.GetValueOrDefault(key);

    /// <summary>
    /// The unit a line belongs to: the one an editor picked; else a collective found by its own name, or the
    /// unit written beside it (a department of an agency); else the unit written beside a person.
    /// </summary>
    public (string? Name, string? Key, string? UnitId) UnitOf(AwardEntry entry)
    {
        var unit = string.IsNullOrWhiteSpace(entry.Unit) ? null : entry.Unit.Trim();
        var unitKey = unit is null ? null : NameKey.Of(unit);
        var ownKey = NameKey.Of(entry.Recipient);
        var picked = Picked(entry.UnitId, unitKey, entry.RecipientType == RecipientType.Collective ? ownKey : null);
        if (entry.RecipientType == RecipientType.Collective && (picked is not null || unit is null || Unit(ownKey) is not null))
        {
            return (entry.Recipient.Trim(), ownKey, picked ?? Unit(ownKey));
        }
        if (unit is null)
        {
            return (null, null, picked);
        }
        return (unit, unitKey, picked ?? Unit(unitKey!));
    }

    /// <summary>
    /// The unit an editor picked, while the row still names it: a pick whose name was typed over afterwards (the
    /// form still carries its id) or of a unit since removed links nothing, and the row is matched by its words.
    /// </summary>
    private string? Picked(string? unitId, params string?[] writtenKeys) =>
        unitId is not null && keysOfUnit.TryGetValue(unitId, out var keys) && writtenKeys.Any(key => key is not null && keys.Contains(key)) ? unitId : null;
}
