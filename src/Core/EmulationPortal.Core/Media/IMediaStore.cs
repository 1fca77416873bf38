namespace EmulationPortal.Core.Media;

public enum MediaKind
{
    Image,
    Document,
}

public sealed record StoredMedia(string Key, string ContentType, long Length, MediaKind Kind);

/// <summary>
/// Content-addressed storage for photos and attachments: the key is derived from the bytes, so
/// the same file stored twice is kept once, and a key never changes meaning.
/// </summary>
public interface IMediaStore
{
    /// <summary>Checks the bytes (not the name) and stores them; throws <see cref="MediaRejectedException"/>.</summary>
    Task<StoredMedia> StoreAsync(Stream content, string fileName, CancellationToken cancellationToken = default);

    /// <summary>Null when the key is unknown or malformed.</summary>
    Stream? OpenRead(string key);

    StoredMedia? Describe(string key);

    string Url(string key);
}

/// <summary>A file refused for what it is; the message is Vietnamese, for the person who sent it.</summary>
public sealed class MediaRejectedException(string message) : Exception(message);
