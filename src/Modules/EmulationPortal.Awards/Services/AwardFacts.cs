using Dapper;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Data;

namespace EmulationPortal.Awards.Services;

/// <summary>The register's facts for a decision's own page: each line's unit, and what was revoked, by whom.</summary>
public sealed class AwardFacts(IDbConnectionFactory connections) : IAwardFacts
{
    private sealed class FactRow
    {
        public int Line { get; init; }
        public string? UnitId { get; init; }
        public string? RevokedBy { get; init; }
        public string? RevokedByType { get; init; }
        public string? RevokedBySlug { get; init; }
        public string? RevokedByNumber { get; init; }
    }

    public async Task<DecisionAwardFacts> OfDecisionAsync(string decisionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var lines = await connection.QueryAsync<FactRow>(new CommandDefinition("""
            SELECT line AS Line, unit_id AS UnitId, revoked_by AS RevokedBy, revoked_by_type AS RevokedByType,
                revoked_by_slug AS RevokedBySlug, revoked_by_number AS RevokedByNumber
            FROM award_lines WHERE item_id = @decisionId
            """, new { decisionId }, cancellationToken: cancellationToken));
        // A whole decision is revoked by a revocation naming no line; its lines say so too, but a decision may list none.
        var whole = await connection.QueryFirstOrDefaultAsync<FactRow>(new CommandDefinition("""
            SELECT 0 AS Line, revoking_item_id AS RevokedBy, revoking_type AS RevokedByType, revoking_slug AS RevokedBySlug,
                revoking_number AS RevokedByNumber
            FROM award_revocations WHERE revoked_item_id = @decisionId AND line IS NULL
            ORDER BY revoking_item_id
            """, new { decisionId }, cancellationToken: cancellationToken));
        return new DecisionAwardFacts(
            lines.ToDictionary(l => l.Line, l => new AwardLineFact(l.Line, l.UnitId, Revoker(l))),
            whole is null ? null : Revoker(whole));
    }

    private static AwardRevoker? Revoker(FactRow row) =>
        row.RevokedBy is null ? null : new AwardRevoker(row.RevokedBy, row.RevokedByType!, row.RevokedBySlug!, row.RevokedByNumber);
}
