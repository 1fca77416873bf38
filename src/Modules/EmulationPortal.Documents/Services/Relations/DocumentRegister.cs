using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.Documents.Services.Relations;

/// <summary>
/// The only writer of <c>document_register</c> and <c>document_citations</c>: told of every change of a published
/// (or once published) item inside the content's transaction, it keeps one row per published official document and
/// one per relation the document names, so status and relations never disagree with the documents.
/// </summary>
public sealed class DocumentRegister(IDbConnectionFactory connections, SearchableContent content, ContentTypeRegistry types) : IContentObserver
{
    /// <summary>Raised when what a row is built from changes; a start that finds another format rebuilds.</summary>
    public const int FormatVersion = 2;

    public async Task ItemChangedAsync(DataSession session, string itemId)
    {
        await session.Connection.ExecuteAsync("DELETE FROM document_register WHERE item_id = @itemId", new { itemId }, session.Transaction);
        await session.Connection.ExecuteAsync("DELETE FROM document_citations WHERE item_id = @itemId", new { itemId }, session.Transaction);
        if (await content.GetAsync(session, itemId) is { PublishedVersion: not null } item && Official(item) is { } data)
        {
            await AddAsync(session, item, data);
        }
    }

    /// <summary>Registers every published document again.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        await session.Connection.ExecuteAsync("DELETE FROM document_register", transaction: session.Transaction);
        await session.Connection.ExecuteAsync("DELETE FROM document_citations", transaction: session.Transaction);
        foreach (var item in await content.ListAsync(session))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.PublishedVersion is not null && Official(item) is { } data)
            {
                await AddAsync(session, item, data);
            }
        }
        await session.Connection.ExecuteAsync("UPDATE document_register_state SET format_version = @FormatVersion", new { FormatVersion }, session.Transaction);
        await session.CommitAsync(cancellationToken);
    }

    public static Task<int> FormatAsync(System.Data.Common.DbConnection connection) =>
        connection.ExecuteScalarAsync<int>("SELECT format_version FROM document_register_state");

    private OfficialDocumentData? Official(ContentRecord item) =>
        types.Find(item.Type) is { } type && typeof(OfficialDocumentData).IsAssignableFrom(type.DataType)
            ? (OfficialDocumentData)types.Deserialize(item.Type, item.Data)
            : null;

    private static async Task AddAsync(DataSession session, ContentRecord item, OfficialDocumentData data)
    {
        await session.Connection.ExecuteAsync("""
            INSERT INTO document_register (item_id, type, slug, title, number, number_key, issued_on, issuer, summary, cluster_id,
                effective_on, expires_on, legal_status, title_key)
            VALUES (@Id, @Type, @Slug, @Title, @Number, @NumberKey, @IssuedOn, @Issuer, @Summary, @ClusterId, @EffectiveOn, @ExpiresOn, @LegalStatus, @TitleKey)
            """, new
        {
            item.Id, item.Type, item.Slug, item.Title, data.Number, NumberKey = CitationReader.Key(data.Number),
            IssuedOn = Date(data.IssuedOn), data.Issuer, data.Summary, item.ClusterId,
            EffectiveOn = Date(data.EffectiveOn), ExpiresOn = Date(data.ExpiresOn), LegalStatus = data.LegalStatus?.ToString(),
            TitleKey = CitationReader.TitleKey(item.Title, (data as ReferenceData)?.Kind, data.IssuedOn),
        }, session.Transaction);
        var citations = CitationReader.Read(data);
        await session.Connection.ExecuteAsync("""
            INSERT INTO document_citations (item_id, position, kind, target_key, target_id, text, source)
            VALUES (@ItemId, @Position, @Kind, @Key, @DocumentId, @Text, @Source)
            """, citations.Select((c, i) => new
        {
            ItemId = item.Id, Position = i + 1, Kind = c.Kind.ToString(), c.Key, c.DocumentId, c.Text, Source = c.Source.ToString(),
        }), session.Transaction);
    }

    private static string? Date(DateOnly? date) =>
        date is { } value && value != default ? value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
}
