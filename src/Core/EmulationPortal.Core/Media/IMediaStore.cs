namespace EmulationPortal.Core.Media;

public enum MediaKind
{
    Image,
    Document,
}

/// <summary>A stored file; images also carry their size in pixels, read from their header.</summary>
public sealed record StoredMedia(string Key, string ContentType, long Length, MediaKind Kind, int? Width = null, int? Height = null);

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

    /// <summary>
    /// The stored file as a file on this machine, for tools that only read files (libvips, poppler);
    /// null when the key is unknown or malformed.
    /// </summary>
    string? LocalPath(string key);

    /// <summary>
    /// At start: removes what a crash or a full disk left half-written (files are written aside and moved
    /// in) and keeps the stored files the portal's alone.
    /// </summary>
    MediaTidying Tidy(DateTime nowUtc);
}

/// <summary>What <see cref="IMediaStore.Tidy"/> did, and where.</summary>
public sealed record MediaTidying(string Location, int Removed, int MadePrivate);

/// <summary>A photo as pages show it: its size, and the widths it can be served at.</summary>
public sealed record PhotoSource(string Key, int? Width, int? Height, IReadOnlyList<int> Widths)
{
    /// <summary>The height that goes with <paramref name="width"/>, for the page's width/height attributes.</summary>
    public int? HeightAt(int width) => Width is > 0 && Height is { } height ? (int)Math.Round((double)height * width / Width.Value) : null;
}

/// <summary>
/// Files as the site knows them: stored, recorded, and their slow processing (renditions, text
/// extraction) queued in the same transaction as whatever refers to them.
/// </summary>
public interface IMediaLibrary
{
    Task<StoredMedia> AddAsync(Stream content, string fileName, Data.DataSession session, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, PhotoSource>> PhotosAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The public address of a photo at a width: its rendition, or a clean copy of the original until it exists.</summary>
    string PhotoUrl(string key, int width, string format);

    /// <summary>The text read out of an attachment, when its extraction has run.</summary>
    Task<string?> TextAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>A file refused for what it is; the message is Vietnamese, for the person who sent it.</summary>
public sealed class MediaRejectedException(string message) : Exception(message);

/// <summary>The store could not keep a file (its disk is full); nothing of it was kept. The message is Vietnamese, for the person who sent it.</summary>
public sealed class MediaStorageException(string message, Exception inner) : Exception(message, inner);
