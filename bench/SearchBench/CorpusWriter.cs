using System.Globalization;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;

namespace SearchBench;

/// <summary>
/// Writes the generated clusters and items straight into the content tables with Dapper, in large
/// transactions. Rows written this way do not pass the content observers, so the search index stays
/// empty until it is rebuilt.
/// </summary>
internal static class CorpusWriter
{
    private const int ItemsPerTransaction = 10_000;

    private sealed record ItemRow(string Id, string Type, string ClusterId, string Slug, string Author, DateTime CreatedUtc,
        DateTime PublishedUtc, string Title, string? ItemDate, int? Year, string? Number, string Data);

    public static async Task WriteClustersAsync(IDbConnectionFactory connections, IEnumerable<ClusterPlan> clusters)
    {
        await using var connection = await connections.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO clusters (id, kind, number, name, slug, province, sector, review_required)
            VALUES (@Id, @Kind, @Number, @Name, @Id, @Province, @Sector, @ReviewRequired)
            """,
            clusters.Select(c => new { c.Id, c.Kind, c.Number, c.Name, Province = c.Province.Name, c.Sector, ReviewRequired = c.Kind == "Bloc" }),
            transaction);
        await transaction.CommitAsync();
    }

    /// <summary>Writes the items as published version 1, each with the facts (date, year, number) its type reads from it.</summary>
    public static async Task<int> WriteItemsAsync(IDbConnectionFactory connections, ContentTypeRegistry types, IEnumerable<GeneratedItem> items,
        Action<int> progress)
    {
        var written = 0;
        foreach (var batch in items.Chunk(ItemsPerTransaction))
        {
            var rows = batch.Select(item => Row(types, item)).ToList();
            await using var connection = await connections.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync("""
                INSERT INTO content_items (id, type, cluster_id, slug, status, author, created_utc, modified_utc, published_utc,
                    latest_version, published_version)
                VALUES (@Id, @Type, @ClusterId, @Slug, 'Published', @Author, @CreatedUtc, @CreatedUtc, @PublishedUtc, 1, 1)
                """, rows, transaction);
            await connection.ExecuteAsync("""
                INSERT INTO content_versions (item_id, version, title, item_date, year, number, data, author, created_utc)
                VALUES (@Id, 1, @Title, @ItemDate, @Year, @Number, @Data, @Author, @CreatedUtc)
                """, rows, transaction);
            await transaction.CommitAsync();
            written += rows.Count;
            progress(written);
        }
        return written;
    }

    private static ItemRow Row(ContentTypeRegistry types, GeneratedItem item)
    {
        var facts = types.Get(item.Type).Describe(item.Data);
        // Entered a day or two after the document or the conference, published within hours.
        var created = item.Date.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc)
            .AddDays(1 + item.Title.Length % 3).AddMinutes(item.Title.Length * 7 % 480);
        return new ItemRow(
            item.Id,
            item.Type,
            item.Cluster.Id,
            $"{EmulationPortal.Core.Text.Slug.From(item.Title, 70)}-{item.Id}",
            $"bientap-{item.Cluster.Id}",
            created,
            created.AddHours(2),
            item.Title,
            facts.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            facts.Year,
            facts.Number,
            ContentTypeRegistry.Serialize(item.Data));
    }
}
