using Dapper;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;

namespace EmulationPortal.Awards.Services;

/// <summary>
/// The register of awards: one row per award line of every published decision. The only writer of
/// <c>award_lines</c> and <c>award_revocations</c>. Told of every change of a published (or once published)
/// item inside the content's transaction, so the register never disagrees with the decisions.
/// </summary>
public sealed class AwardRegister(IDbConnectionFactory connections, SearchableContent content, ContentTypeRegistry types, IUnitDirectory units,
    AwardMatching matching)
    : IContentObserver
{
    /// <summary>
    /// Raised when what a line is built from changes; a start that finds another format rebuilds. Migration 0003 marks a
    /// new site's empty register as format 1, so raising this also rebuilds a new site once, at its first start.
    /// </summary>
    public const int FormatVersion = 1;

    private sealed record Line(string ItemId, int LineNumber, string DecisionType, string DecisionSlug, string? DecisionNumber,
        string? DecisionDate, string DecisionTitle, string ClusterId, int Year, string KindText, string KindKey, string? KindId,
        string RecipientType, string Recipient, string RecipientKey, string? UnitName, string? UnitKey, string? UnitId);

    public async Task ItemChangedAsync(DataSession session, string itemId)
    {
        await RemoveAsync(session, itemId);
        if (await content.GetAsync(session, itemId) is { PublishedVersion: not null } item && Awarding(item) is { } awarding)
        {
            var matcher = await matching.LoadAsync(session);
            await AddAsync(session, item, awarding, matcher);
        }
        await ApplyRevocationsOfAsync(session, itemId);
    }

    /// <summary>Builds the whole register again from the published decisions.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        await session.Connection.ExecuteAsync("DELETE FROM award_lines", transaction: session.Transaction);
        await session.Connection.ExecuteAsync("DELETE FROM award_revocations", transaction: session.Transaction);
        var matcher = await matching.LoadAsync(session);
        foreach (var item in await content.ListAsync(session))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.PublishedVersion is not null && Awarding(item) is { } awarding)
            {
                await AddAsync(session, item, awarding, matcher);
            }
        }
        await ApplyRevocationsAsync(session, "TRUE", null);
        await session.Connection.ExecuteAsync("UPDATE award_register_state SET format_version = @FormatVersion", new { FormatVersion }, session.Transaction);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>The lines whose kind reads differently once the catalogue changed are linked again.</summary>
    public static async Task RelinkKindsAsync(DataSession session)
    {
        var keys = await AwardKindCatalogue.KeysAsync(session);
        await session.Connection.ExecuteAsync("UPDATE award_lines SET kind_id = NULL", transaction: session.Transaction);
        foreach (var (key, kindId) in keys)
        {
            await session.Connection.ExecuteAsync("UPDATE award_lines SET kind_id = @kindId WHERE kind_key = @key",
                new { kindId, key }, session.Transaction);
        }
    }

    /// <summary>
    /// Staff linked a name met in decisions to a unit: the unit keeps the name as an alias, and every line
    /// under that name, now and in decisions published later, links to it.
    /// </summary>
    public async Task LinkUnitAsync(DataSession session, string unitKey, string unitName, string unitId)
    {
        await units.AddAliasAsync(session, unitId, unitName);
        await LinkLinesAsync(session, unitKey, unitId);
    }

    /// <summary>Lines not linked to a unit are matched again (after units were added to the directory).</summary>
    public async Task<int> RematchUnitsAsync(DataSession session)
    {
        var matcher = await matching.LoadAsync(session);
        var keys = await session.Connection.QueryAsync<string>(
            "SELECT DISTINCT unit_key FROM award_lines WHERE unit_id IS NULL AND unit_key IS NOT NULL", transaction: session.Transaction);
        var linked = 0;
        foreach (var key in keys)
        {
            if (matcher.Unit(key) is { } unitId)
            {
                linked += await LinkLinesAsync(session, key, unitId);
            }
        }
        return linked;
    }

    public static async Task<int> FormatAsync(System.Data.Common.DbConnection connection) =>
        await connection.ExecuteScalarAsync<int>("SELECT format_version FROM award_register_state");

    private IAwardingContent? Awarding(ContentRecord item) =>
        types.Find(item.Type) is { } type && typeof(IAwardingContent).IsAssignableFrom(type.DataType)
            ? (IAwardingContent)types.Deserialize(item.Type, item.Data)
            : null;

    private static async Task RemoveAsync(DataSession session, string itemId)
    {
        await session.Connection.ExecuteAsync("DELETE FROM award_lines WHERE item_id = @itemId", new { itemId }, session.Transaction);
        await session.Connection.ExecuteAsync("DELETE FROM award_revocations WHERE revoking_item_id = @itemId", new { itemId }, session.Transaction);
        await session.Connection.ExecuteAsync("""
            UPDATE award_lines SET revoked_by = NULL, revoked_by_type = NULL, revoked_by_slug = NULL, revoked_by_number = NULL
            WHERE revoked_by = @itemId
            """, new { itemId }, session.Transaction);
    }

    private static async Task AddAsync(DataSession session, ContentRecord item, IAwardingContent awarding, AwardMatcher matcher)
    {
        var lines = awarding.AwardEntries.Select((entry, index) =>
        {
            var (unitName, unitKey, unitId) = matcher.UnitOf(entry);
            var kindKey = NameKey.Of(entry.Kind);
            return new Line(item.Id, index + 1, item.Type, item.Slug, item.Number, item.ItemDate, item.Title, item.ClusterId, awarding.AwardYear,
                entry.Kind, kindKey, matcher.Kind(kindKey), entry.RecipientType.ToString(), entry.Recipient, NameKey.Of(entry.Recipient),
                unitName, unitKey, unitId);
        }).ToList();
        await session.Connection.ExecuteAsync("""
            INSERT INTO award_lines (item_id, line, decision_type, decision_slug, decision_number, decision_date, decision_title, cluster_id,
                year, kind_text, kind_key, kind_id, recipient_type, recipient, recipient_key, unit_name, unit_key, unit_id)
            VALUES (@ItemId, @LineNumber, @DecisionType, @DecisionSlug, @DecisionNumber, @DecisionDate, @DecisionTitle, @ClusterId,
                @Year, @KindText, @KindKey, @KindId, @RecipientType, @Recipient, @RecipientKey, @UnitName, @UnitKey, @UnitId)
            """, lines, session.Transaction);
        foreach (var revocation in awarding.Revocations)
        {
            var revoked = revocation.Lines.Count == 0 ? [(int?)null] : revocation.Lines.Distinct().Select(l => (int?)l);
            await session.Connection.ExecuteAsync("""
                INSERT INTO award_revocations (revoking_item_id, revoking_type, revoking_slug, revoking_number, revoked_item_id, line)
                VALUES (@itemId, @type, @slug, @number, @revokedItemId, @line)
                """, revoked.Select(line => new { itemId = item.Id, type = item.Type, slug = item.Slug, number = item.Number, revokedItemId = revocation.DecisionId, line }),
                session.Transaction);
        }
        await ApplyRevocationsAsync(session, "r.revoking_item_id = @itemId", new { itemId = item.Id });
    }

    /// <summary>An item published again finds the revocations of decisions published before it.</summary>
    private static Task ApplyRevocationsOfAsync(DataSession session, string itemId) =>
        ApplyRevocationsAsync(session, "award_lines.item_id = @itemId", new { itemId });

    /// <summary>Marks as revoked the lines the kept revocations name, of those the condition on <c>r</c> and <c>award_lines</c> selects.</summary>
    private static Task ApplyRevocationsAsync(DataSession session, string condition, object? parameters) =>
        session.Connection.ExecuteAsync($"""
            UPDATE award_lines SET revoked_by = r.revoking_item_id, revoked_by_type = r.revoking_type,
                revoked_by_slug = r.revoking_slug, revoked_by_number = r.revoking_number
            FROM award_revocations r
            WHERE r.revoked_item_id = award_lines.item_id AND (r.line IS NULL OR r.line = award_lines.line) AND {condition}
            """, parameters, session.Transaction);

    /// <summary>Links the lines not yet linked whose unit reads <paramref name="unitKey"/>.</summary>
    private static Task<int> LinkLinesAsync(DataSession session, string unitKey, string unitId) =>
        session.Connection.ExecuteAsync("UPDATE award_lines SET unit_id = @unitId WHERE unit_key = @unitKey AND unit_id IS NULL",
            new { unitId, unitKey }, session.Transaction);
}
