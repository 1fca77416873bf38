using EmulationPortal.Core.Calendar;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.Documents.Services.Relations;

/// <summary>Reads the register: documents with their status today, and a document's relations both ways.</summary>
public sealed class DocumentArchive(IDbConnectionFactory connections, TimeProvider clock, ContentTypeRegistry types) : IContentBadges, IItemFilter
{
    private const string Columns = """
        r.item_id AS Id, r.type AS Type, r.slug AS Slug, r.title AS Title, r.number AS Number, r.issued_on AS IssuedOn, r.issuer AS Issuer,
        r.summary AS Summary, r.cluster_id AS ClusterId, r.effective_on AS EffectiveOn, r.expires_on AS ExpiresOn, r.legal_status AS LegalStatus,
        r.number_key AS NumberKey, r.title_key AS TitleKey
        """;

    // The relations that end a document's force, with the document they end; one row per document and ending relation.
    private const string WithEndings = $"""
        SELECT {Columns}, c.kind AS Ending
        FROM document_register r
        LEFT JOIN document_citations c ON (c.target_key = r.number_key OR c.target_key = r.title_key OR c.target_id = r.item_id) AND c.item_id <> r.item_id
            AND c.kind IN ('Replaces', 'Revokes', 'RevokesPartly')
        """;

    /// <summary>Today in Vietnam, which is what "in force from" means on a document.</summary>
    public DateOnly Today => clock.TodayInVietnam();

    /// <summary>Every published document, newest first, with its status.</summary>
    public async Task<IReadOnlyList<RegisteredDocument>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(WithEndings, cancellationToken: cancellationToken));
        return WithStatus(rows).OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The status of each of these items that is a published document.</summary>
    public async Task<IReadOnlyDictionary<string, DocumentStatus>> StatusesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, DocumentStatus>();
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await StatusesOfAsync(connection, ids, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, ContentBadge>> BadgesAsync(IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken = default) =>
        (await StatusesAsync(itemIds, cancellationToken)).ToDictionary(s => s.Key, s => Badge(s.Value));

    public bool Covers(string type) => types.Find(type)?.Section == DocumentsSection.Section;

    public string Key => ItemFilterKeys.LegalStatus;

    public string Label => "Hiệu lực";

    public IReadOnlyList<ItemFilterOption> Options { get; } =
        DocumentStatuses.All.Select(s => new ItemFilterOption(DocumentStatuses.Slug(s), DocumentStatuses.Label(s))).ToList();

    public ItemFilterOption? Find(string? value) =>
        DocumentStatuses.Parse(value) is { } status ? Options.Single(o => o.Value == DocumentStatuses.Slug(status)) : null;

    public async Task<IReadOnlyCollection<string>> ItemsAsync(ItemFilterOption option, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Where(d => DocumentStatuses.Slug(d.Status) == option.Value).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

    public static ContentBadge Badge(DocumentStatus status) =>
        new(DocumentStatuses.Label(status), "status status-" + DocumentStatuses.Slug(status));

    /// <summary>
    /// What the document (the version shown, published or not) names and what names it, each other document resolved
    /// when it is in the archive; and the status these and its own fields give it today.
    /// </summary>
    public async Task<DocumentRelations> RelationsAsync(string id, string title, OfficialDocumentData data, CancellationToken cancellationToken = default)
    {
        var citations = CitationReader.Read(data);
        var ownKey = CitationReader.Key(data.Number);
        var ownTitleKey = CitationReader.TitleKey(title, (data as ReferenceData)?.Kind, data.IssuedOn);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var grid = await connection.QueryMultipleAsync(new CommandDefinition($"""
            {WithEndings} WHERE {connections.Dialect.InList("r.number_key", "@keys")} OR {connections.Dialect.InList("r.title_key", "@keys")}
                OR {connections.Dialect.InList("r.item_id", "@ids")};
            SELECT {Columns}, c.kind AS Kind, c.source AS Source
            FROM document_citations c JOIN document_register r ON r.item_id = c.item_id
            WHERE (c.target_key = @ownKey OR c.target_key = @ownTitleKey OR c.target_id = @id) AND c.item_id <> @id
            ORDER BY r.issued_on, r.item_id
            """, new
        {
            keys = citations.Where(c => c.Key is not null).Select(c => c.Key!).Distinct().ToArray(),
            ids = citations.Where(c => c.DocumentId is not null).Select(c => c.DocumentId!).Distinct().ToArray(),
            ownKey,
            ownTitleKey,
            id,
        }, cancellationToken: cancellationToken));
        var citedRows = (await grid.ReadAsync<Row>()).ToList();
        var keysOf = citedRows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => (g.First().NumberKey, g.First().TitleKey));
        var cited = WithStatus(citedRows).ToList();
        var citing = (await grid.ReadAsync<IncomingRow>()).ToList();
        var outgoing = citations
            .Select(c => new RelatedDocument(c.Kind, c.Text, c.DocumentId is not null
                ? cited.FirstOrDefault(d => d.Id == c.DocumentId)
                : Choose(cited.Where(d => keysOf[d.Id].NumberKey == c.Key || keysOf[d.Id].TitleKey == c.Key), data.IssuedOn), c.Key))
            // A revocation of awards of a decision not (or no longer) published has nothing to show.
            .Where(r => r.Document is null ? r.Text.Length > 0 : r.Document.Id != id)
            // A decision named both by its number in the text and by the revocation of its awards is listed once.
            .DistinctBy(r => r.Document is null ? "text:" + r.Text : $"{r.Document.Id}")
            .ToList();
        var incomingStatuses = await StatusesOfAsync(connection, citing.Select(c => c.Id).Distinct().ToList(), cancellationToken);
        var incoming = citing
            .Select(c => new RelatedDocument(Enum.Parse<RelationKind>(c.Kind), c.Number, c.ToDocument(incomingStatuses.GetValueOrDefault(c.Id))))
            .DistinctBy(r => (r.Kind, r.Document!.Id))
            .ToList();
        var status = DocumentStatuses.Resolve(data.LegalStatus, data.EffectiveOn, data.ExpiresOn,
            incoming.Select(r => r.Kind).Where(RelationKinds.Ends), Today);
        return new DocumentRelations(outgoing, incoming, status);
    }

    /// <summary>Of several documents with one number, the latest not after the citing one (a number is reused only across years).</summary>
    private static RegisteredDocument? Choose(IEnumerable<RegisteredDocument> candidates, DateOnly citedOn)
    {
        var list = candidates.OrderByDescending(d => d.IssuedOn).ToList();
        return list.FirstOrDefault(d => d.IssuedOn is null || citedOn == default || d.IssuedOn <= citedOn) ?? list.FirstOrDefault();
    }

    private async Task<IReadOnlyDictionary<string, DocumentStatus>> StatusesOfAsync(System.Data.Common.DbConnection connection, IReadOnlyCollection<string> ids,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, DocumentStatus>();
        }
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"{WithEndings} WHERE {connections.Dialect.InList("r.item_id", "@ids")}",
            new { ids = ids.ToArray() }, cancellationToken: cancellationToken));
        return WithStatus(rows).ToDictionary(d => d.Id, d => d.Status);
    }

    private IEnumerable<RegisteredDocument> WithStatus(IEnumerable<Row> rows)
    {
        var today = Today;
        return rows.GroupBy(r => r.Id).Select(g =>
        {
            var row = g.First();
            var endings = g.Where(r => r.Ending is not null).Select(r => Enum.Parse<RelationKind>(r.Ending!));
            return row.ToDocument(DocumentStatuses.Resolve(row.Status, Date(row.EffectiveOn), Date(row.ExpiresOn), endings, today));
        });
    }

    private static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private class Row
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";
        public string Number { get; set; } = "";
        public string? IssuedOn { get; set; }
        public string Issuer { get; set; } = "";
        public string Summary { get; set; } = "";
        public string ClusterId { get; set; } = "";
        public string? EffectiveOn { get; set; }
        public string? ExpiresOn { get; set; }
        public string? LegalStatus { get; set; }
        public string? NumberKey { get; set; }
        public string? TitleKey { get; set; }
        public string? Ending { get; set; }

        public DocumentStatus? Status => LegalStatus is null ? null : Enum.Parse<DocumentStatus>(LegalStatus);

        public RegisteredDocument ToDocument(DocumentStatus status) =>
            new(Id, Type, Slug, Title, Number, Date(IssuedOn), Issuer, Summary, ClusterId, Date(EffectiveOn), Date(ExpiresOn), status);
    }

    private sealed class IncomingRow : Row
    {
        public string Kind { get; set; } = "";
        public string Source { get; set; } = "";
    }
}
