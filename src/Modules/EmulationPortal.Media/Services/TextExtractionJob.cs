using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Media.Services;

/// <summary>Reads an attachment's text for search and records it.</summary>
public sealed class TextExtractionJob(IMediaStore store, TextExtractor extractor, IDbConnectionFactory connections, TimeProvider clock,
    ContentStore contentStore, IChangeFeed changes) : IJobHandler
{
    public string Kind => MediaLibrary.TextJob;

    public async Task RunAsync(string subject, CancellationToken cancellationToken)
    {
        var source = store.LocalPath(subject) ?? throw new FileNotFoundException($"Media {subject} is not in the store.");
        var extracted = await extractor.ExtractAsync(source, Path.GetExtension(subject).TrimStart('.'), cancellationToken);
        if (extracted is null)
        {
            return;
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("""
            INSERT INTO media_texts (media_key, method, text, extracted_utc) VALUES (@subject, @Method, @Text, @now)
            ON CONFLICT (media_key) DO UPDATE SET method = excluded.method, text = excluded.text, extracted_utc = excluded.extracted_utc
            """, new { subject, extracted.Method, extracted.Text, now = clock.GetUtcNow().UtcDateTime }, transaction);
        // The items that carry this file are searched by its text from now on.
        var items = await connection.QueryAsync<string>("""
            SELECT DISTINCT v.item_id FROM content_versions v JOIN content_items i ON i.id = v.item_id
            WHERE v.data LIKE @pattern AND (v.version = i.published_version OR v.version = i.latest_version)
            """, new { pattern = $"%{subject}%" }, transaction);
        foreach (var item in items)
        {
            await contentStore.NotifyChangedAsync(connection, transaction, item);
        }
        await transaction.CommitAsync(cancellationToken);
        // Search results now hold the attachment's text.
        await changes.PublishAsync(ChangeTopics.Content, cancellationToken);
    }
}
