using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Media.Services;

/// <summary>Reads an attachment's text for search and records it.</summary>
public sealed class TextExtractionJob(IMediaStore store, TextExtractor extractor, IDbConnectionFactory connections, TimeProvider clock,
    ContentStore contentStore) : IJobHandler
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
        await using var session = await connections.BeginSessionAsync(cancellationToken);
        await session.Connection.ExecuteAsync("""
            INSERT INTO media_texts (media_key, method, text, extracted_utc) VALUES (@subject, @Method, @Text, @now)
            ON CONFLICT (media_key) DO UPDATE SET method = excluded.method, text = excluded.text, extracted_utc = excluded.extracted_utc
            """, new { subject, extracted.Method, extracted.Text, now = clock.GetUtcNow().UtcDateTime }, session.Transaction);
        // The items that carry this file are searched by its text from now on.
        await contentStore.AttachmentTextChangedAsync(session, subject);
        await session.CommitAsync(cancellationToken);
    }
}
