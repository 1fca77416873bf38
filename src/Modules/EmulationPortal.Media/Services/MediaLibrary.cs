using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Search;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Media.Services;

public sealed class MediaLibrary(IMediaStore store, IDbConnectionFactory connections, JobQueue jobs, TimeProvider clock,
    IOptions<RenditionOptions> renditions) : IMediaLibrary, IAttachmentTexts
{
    public const string RenditionJob = "media.renditions";
    public const string TextJob = "media.text";

    public async Task<StoredMedia> AddAsync(Stream content, string fileName, DataSession session, CancellationToken cancellationToken = default)
    {
        if (!SafeFileName.IsPlain(fileName))
        {
            throw new MediaRejectedException($"Tên tệp \"{SafeFileName.From(fileName)}\" không hợp lệ: tên tệp không được chứa đường dẫn thư mục.");
        }
        var stored = await store.StoreAsync(content, fileName, cancellationToken);
        await session.Connection.ExecuteAsync("""
            INSERT INTO media_files (media_key, kind, content_type, length, width, height, original_name, created_utc)
            VALUES (@Key, @Kind, @ContentType, @Length, @Width, @Height, @name, @now)
            ON CONFLICT (media_key) DO NOTHING
            """,
            new
            {
                stored.Key,
                Kind = stored.Kind.ToString(),
                stored.ContentType,
                stored.Length,
                stored.Width,
                stored.Height,
                name = SafeFileName.From(fileName),
                now = clock.GetUtcNow().UtcDateTime,
            },
            session.Transaction);
        await jobs.EnqueueAsync(session, stored.Kind == MediaKind.Image ? RenditionJob : TextJob, stored.Key);
        return stored;
    }

    public async Task<IReadOnlyDictionary<string, PhotoSource>> PhotosAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        var wanted = keys.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, PhotoSource>();
        }
        await using var connection = await connections.OpenAsync(cancellationToken);
        var inWanted = connections.Dialect.InList("media_key", "@wanted");
        var files = (await connection.QueryAsync<(string Key, int? Width, int? Height)>(new CommandDefinition(
            $"SELECT media_key, width, height FROM media_files WHERE {inWanted} AND kind = 'Image'",
            new { wanted }, cancellationToken: cancellationToken))).ToDictionary(f => f.Key);
        var made = (await connection.QueryAsync<(string Key, int Width, string Format)>(new CommandDefinition(
            $"SELECT media_key, width, format FROM media_renditions WHERE {inWanted}",
            new { wanted }, cancellationToken: cancellationToken))).ToLookup(r => r.Key);
        var photos = new Dictionary<string, PhotoSource>();
        foreach (var key in wanted)
        {
            // A photo recorded before this library (or not yet) still shows, at the planned widths.
            var (_, width, height) = files.GetValueOrDefault(key, (key, null, null));
            var ready = made[key].GroupBy(r => r.Width).Where(g => g.Count() == 2).Select(g => g.Key).Order().ToList();
            photos[key] = new PhotoSource(key, width, height, ready.Count > 0 ? ready : PlannedWidths(width));
        }
        return photos;
    }

    public string PhotoUrl(string key, int width, string format) => $"/media/anh/{key}/{width}.{format}";

    public async Task<string?> TextAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT text FROM media_texts WHERE media_key = @key", new { key }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyDictionary<string, string>> TextsAsync(DataSession session, IReadOnlyCollection<string>? keys = null) =>
        (await session.Connection.QueryAsync<(string Key, string Text)>(
            keys is null ? "SELECT media_key, text FROM media_texts" : $"SELECT media_key, text FROM media_texts WHERE {session.Dialect.InList("media_key", "@keys")}",
            new { keys = keys?.ToArray() }, session.Transaction)).ToDictionary(t => t.Key, t => t.Text);

    /// <summary>The widths renditions will have: the configured ones the photo is wide enough for, or its own width.</summary>
    public IReadOnlyList<int> PlannedWidths(int? originalWidth)
    {
        var configured = renditions.Value.Widths;
        var widths = (configured.Length > 0 ? configured : RenditionOptions.DefaultWidths).Order().ToList();
        if (originalWidth is not { } width)
        {
            return widths;
        }
        var fitting = widths.Where(w => w <= width).ToList();
        return fitting.Count > 0 ? fitting : [width];
    }
}
