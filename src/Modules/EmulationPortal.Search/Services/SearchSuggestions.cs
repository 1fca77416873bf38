using System.Globalization;
using Dapper;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Search;
using EmulationPortal.Search.Services.Lucene;

namespace EmulationPortal.Search.Services;

public enum CompletionKind
{
    Number,
    AwardKind,
    Unit,
    Issuer,
    Title,
}

/// <summary>One line of the search box's list.</summary>
/// <param name="Text">As written, with its diacritics: a title, a number, an award kind, a unit's or an issuer's name.</param>
/// <param name="Detail">A few words beside it: a title's number or date, a number's title, a unit's province.</param>
/// <param name="Type">An item's content type (titles and numbers).</param>
/// <param name="Slug">An item's slug, or a unit's id.</param>
public sealed record Completion(CompletionKind Kind, string Text, string? Detail = null, string? Type = null, string? Slug = null);

/// <param name="Query">The corrected query as a reader writes it, with diacritics.</param>
/// <param name="Total">How many results it finds, with the same filters.</param>
public sealed record SpellingSuggestion(string Query, int Total);

/// <summary>
/// The search box's completions as the reader types, and "Có phải bạn muốn tìm …" for a query that found nothing.
/// Both read the Lucene index.
/// </summary>
public sealed class SearchSuggestions(IDbConnectionFactory connections, SearchIndex index, IUnitDirectory units)
{
    /// <summary>A list a reader takes in at a glance, on a phone too.</summary>
    public const int Limit = 8;

    private const int AwardKinds = 2, Units = 2, Issuers = 1;

    /// <summary>How much of a result's body is read for the words as written.</summary>
    private const int TextReach = 20_000;

    /// <summary>
    /// Numbers holding the words typed first, then award kinds and issuers beginning with them, units, the titles (those
    /// holding the words side by side first, then the newest), and the kinds and issuers holding them elsewhere.
    /// The last word is a prefix unless followed by a space; every word is folded. Archived items only for staff.
    /// </summary>
    public async Task<IReadOnlyList<Completion>> CompleteAsync(string? text, bool includeArchived, CancellationToken cancellationToken = default)
    {
        var typed = TypedWords.Parse(text);
        if (typed.IsEmpty)
        {
            return [];
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        var (found, kinds, issuers) = await index.Engine.ReadAsync(connection, (reader, facts) => (
            LuceneSuggestions.Documents(reader, facts, typed, includeArchived, Limit),
            LuceneSuggestions.Labels(reader, facts, awardKinds: true, includeArchived),
            LuceneSuggestions.Labels(reader, facts, awardKinds: false, includeArchived)), cancellationToken);
        var rows = found.Count == 0 ? [] : (await connection.QueryAsync<ItemRow>(new CommandDefinition($"""
            SELECT doc_id AS DocId, type AS Type, title AS Title, slug AS Slug, number AS Number, item_date AS ItemDate
            FROM search_documents WHERE {connections.Dialect.InList("doc_id", "@ids")}
            """, new { ids = found.Select(f => f.DocId).ToArray() }, cancellationToken: cancellationToken))).ToDictionary(r => r.DocId);
        var documents = found.Where(f => rows.ContainsKey(f.DocId)).Select(f => (Row: rows[f.DocId], f.ByNumber)).ToList();
        var unitsFound = typed.HasDigit ? [] : await units.SuggestAsync(text ?? "", Units, cancellationToken);

        var labels = Matching(kinds, typed, AwardKinds).Select(l => (l.Begins, Completion: new Completion(CompletionKind.AwardKind, l.Label)))
            .Concat(Matching(issuers, typed, Issuers).Select(l => (l.Begins, Completion: new Completion(CompletionKind.Issuer, l.Label))))
            .ToList();
        // A kind or issuer that begins with the words typed is what was meant more surely than any one title; one that
        // only holds them somewhere ("do l" in "Hội Chữ thập đỏ tỉnh Lâm Đồng") comes after the titles.
        return documents.Where(d => d.ByNumber && d.Row.Number is not null)
            .Select(d => new Completion(CompletionKind.Number, d.Row.Number!, d.Row.Title, d.Row.Type, d.Row.Slug))
            .Concat(labels.Where(l => l.Begins).Select(l => l.Completion))
            .Concat(unitsFound.Select(unit => new Completion(CompletionKind.Unit, unit.Name, unit.Province, Slug: unit.Id)))
            .Concat(documents.Where(d => !d.ByNumber || d.Row.Number is null)
                .Select(d => new Completion(CompletionKind.Title, d.Row.Title, d.Row.Number ?? Date(d.Row.ItemDate), d.Row.Type, d.Row.Slug)))
            .Concat(labels.Where(l => !l.Begins).Select(l => l.Completion))
            .Take(Limit).ToList();
    }

    /// <summary>The labels holding the words typed: those beginning with them first, then the most named.</summary>
    private static IEnumerable<(string Label, bool Begins)> Matching(IReadOnlyDictionary<string, int> labels, TypedWords typed, int limit) =>
        labels.Select(label => (Label: label.Key, Count: label.Value, Rank: typed.Rank(SearchQuery.Tokenize(label.Key))))
            .Where(l => l.Rank is not null)
            .OrderBy(l => l.Rank).ThenByDescending(l => l.Count).ThenBy(l => l.Label, StringComparer.Ordinal)
            .Take(limit).Select(l => (l.Label, l.Rank == 0));

    private static string? Date(string? itemDate) =>
        DateOnly.TryParseExact(itemDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// For a request that found nothing, the query with its misspelt words replaced by the nearest indexed ones
    /// (<see cref="LuceneSuggestions.Corrections"/>), as written in the first result it then finds, with the same
    /// filters; null when no word needs it or the corrected query finds nothing either.
    /// </summary>
    public async Task<SpellingSuggestion?> DidYouMeanAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return null;
        }
        var tokens = query.Clauses.SelectMany(c => c.Tokens).ToList();
        IReadOnlyDictionary<string, string> corrections;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            corrections = await index.Engine.ReadAsync(connection, (reader, _) => LuceneSuggestions.Corrections(reader, tokens), cancellationToken);
        }
        if (corrections.Count == 0)
        {
            return null;
        }
        var corrected = await index.SearchAsync(request with { Query = Respelling.Apply(request.Query, corrections), Page = 1, PageSize = 1 }, cancellationToken);
        if (corrected.Hits.Count == 0)
        {
            return null;
        }
        string text;
        await using (var connection = await connections.OpenAsync(cancellationToken))
        {
            // The words as the result writes them, wherever they stand in it; a long body is read only so far.
            var row = await connection.QuerySingleOrDefaultAsync<(string Title, string? Summary, string People, string Extra, string Body)>(
                new CommandDefinition($"""
                    SELECT title, summary, people, extra, SUBSTR(body, 1, {TextReach}) FROM search_documents WHERE item_id = @id
                    """, new { id = corrected.Hits[0].Id }, cancellationToken: cancellationToken));
            text = string.Join("\n", row.Title, row.Summary, row.People, row.Extra, row.Body);
        }
        return new SpellingSuggestion(Respelling.AsWritten(request.Query, corrections, text), corrected.Total);
    }

    private sealed class ItemRow
    {
        public long DocId { get; set; }
        public string Type { get; set; } = "";
        public string Title { get; set; } = "";
        public string Slug { get; set; } = "";
        public string? Number { get; set; }
        public string? ItemDate { get; set; }
    }
}
