using System.Security.Cryptography;
using Dapper;
using EmulationPortal.Contents.Models;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace EmulationPortal.Contents.Services;

/// <summary>
/// The one writer of <c>preview_links</c>. A link's address carries its id protected by ASP.NET Core Data Protection
/// (the key ring every node shares), so an address cannot be made up or altered; whether it still opens anything is
/// the row's to say, so a revocation works on the next request.
/// </summary>
public sealed class PreviewLinkStore(IDbConnectionFactory connections, IDataProtectionProvider protection, TimeProvider clock) : IPreviewLinks
{
    public const int DefaultDays = 7;

    /// <summary>A draft under review for longer than a month wants a new look, and a new link.</summary>
    public const int MaxDays = 30;

    private const string Columns = """
        id AS Id, item_id AS ItemId, version AS Version, void_on_change AS VoidOnChange, created_by AS CreatedBy,
        created_utc AS CreatedUtc, expires_utc AS ExpiresUtc, revoked_by AS RevokedBy, revoked_utc AS RevokedUtc,
        last_opened_utc AS LastOpenedUtc
        """;

    private readonly IDataProtector _protector = protection.CreateProtector("EmulationPortal.Contents.PreviewLinks.v1");

    /// <summary>A new link to the item's newest version, in force for <paramref name="days"/> days from now.</summary>
    public async Task<PreviewLinkRow> CreateAsync(ContentRecord item, string createdBy, int days, bool voidOnChange,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        var now = clock.GetUtcNow().UtcDateTime;
        var link = new PreviewLinkRow
        {
            Id = Guid.NewGuid().ToString("N"),
            ItemId = item.Id,
            Version = item.LatestVersion,
            VoidOnChange = voidOnChange,
            CreatedBy = createdBy,
            CreatedUtc = now,
            ExpiresUtc = now.AddDays(days),
        };
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO preview_links (id, item_id, version, void_on_change, created_by, created_utc, expires_utc)
            VALUES (@Id, @ItemId, @Version, @VoidOnChange, @CreatedBy, @CreatedUtc, @ExpiresUtc)
            """, link, cancellationToken: cancellationToken));
        return link;
    }

    /// <summary>
    /// The key of a link's address. Any number of keys open the same link (each protection is salted afresh), so the
    /// item's page shows it again whenever the sharer needs it, and the database keeps no key.
    /// </summary>
    public string KeyOf(string linkId) => _protector.Protect(linkId);

    /// <summary>The item's links, newest first, whatever became of them: the record of who shared it and who revoked it.</summary>
    public async Task<IReadOnlyList<PreviewLinkRow>> ListAsync(string itemId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<PreviewLinkRow>(new CommandDefinition(
            $"SELECT {Columns} FROM preview_links WHERE item_id = @itemId ORDER BY created_utc DESC, id",
            new { itemId }, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>Ends one of the item's links now; false when it has none by that id or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(string itemId, string linkId, string revokedBy, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE preview_links SET revoked_by = @revokedBy, revoked_utc = @now
            WHERE id = @linkId AND item_id = @itemId AND revoked_utc IS NULL
            """, new { itemId, linkId, revokedBy, now = clock.GetUtcNow().UtcDateTime }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<PreviewLink?> FindInForceAsync(string token, CancellationToken cancellationToken = default)
    {
        string linkId;
        try
        {
            linkId = _protector.Unprotect(token);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PreviewLinkRow>(new CommandDefinition(
            $"SELECT {Columns} FROM preview_links WHERE id = @linkId", new { linkId }, cancellationToken: cancellationToken));
        return row is not null && row.InForceAt(clock.GetUtcNow().UtcDateTime) ? row.ToLink() : null;
    }

    public async Task MarkOpenedAsync(string linkId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE preview_links SET last_opened_utc = @now WHERE id = @linkId",
            new { linkId, now = clock.GetUtcNow().UtcDateTime }, cancellationToken: cancellationToken));
    }
}
