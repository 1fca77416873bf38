using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Setup;
using EmulationPortal.Media.Services.Images;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;

namespace EmulationPortal.Media.Services;

public sealed class MediaOptions
{
    public const string Section = "Portal:Media";

    /// <summary>Folder of the stored files; empty means <c>{DataPath}/media</c>. Several web nodes may share it.</summary>
    public string? Root { get; set; }

    public long MaxFileBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>The most pixels a photo may have; checked from its header, before anything decodes it.</summary>
    public long MaxPixels { get; set; } = 100_000_000;
}

/// <summary>Files under <c>{root}/ab/cd/{sha256}.{ext}</c>: written once, never changed.</summary>
public sealed partial class FileSystemMediaStore : IMediaStore, IRenditionStore
{
    private readonly string _root;
    private readonly long _maxFileBytes;
    private readonly long _maxPixels;

    public FileSystemMediaStore(string root, long maxFileBytes, long maxPixels)
    {
        _root = Path.GetFullPath(root);
        _maxFileBytes = maxFileBytes;
        _maxPixels = maxPixels;
    }

    public async Task<StoredMedia> StoreAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await CopyWithLimitAsync(content, buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Length == 0)
        {
            throw new MediaRejectedException($"Tệp \"{fileName}\" rỗng.");
        }
        var signature = FileSignature.Detect(bytes.Span, () => OpenZip(buffer))
            ?? throw new MediaRejectedException($"Tệp \"{SafeFileName.From(fileName)}\" không phải ảnh (JPEG, PNG, WebP, GIF, HEIC) hay văn bản (PDF, DOC, DOCX, XLSX, ODT) được chấp nhận.");
        // Dimensions come from the header alone, so an image bomb is refused before anything decodes it.
        var image = signature.Kind == MediaKind.Image ? ImageProbe.Inspect(bytes.Span, _maxPixels) : null;
        var key = $"{Convert.ToHexStringLower(SHA256.HashData(bytes.Span))}.{signature.Extension}";
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            // Written aside and moved in, so a reader never sees half a file.
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(temporary, bytes.ToArray(), cancellationToken);
                File.Move(temporary, path, overwrite: true);
            }
            catch (Exception e)
            {
                File.Delete(temporary);
                throw IsDiskFull(e)
                    ? new MediaStorageException("Không lưu được tệp: ổ đĩa lưu trữ của máy chủ đã đầy. Tệp chưa được lưu và bài viết không bị thay đổi; hãy báo quản trị viên rồi thử lại sau.", e)
                    : e;
            }
        }
        return new StoredMedia(key, signature.ContentType, bytes.Length, signature.Kind, image?.Width, image?.Height);
    }

    public Stream? OpenRead(string key) =>
        Describe(key) is null ? null : new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);

    public StoredMedia? Describe(string key)
    {
        var match = KeyPattern().Match(key);
        if (!match.Success)
        {
            return null;
        }
        var file = new FileInfo(PathOf(key));
        var signature = FileSignature.FromExtension(match.Groups["ext"].Value);
        return file.Exists && signature is not null ? new StoredMedia(key, signature.ContentType, file.Length, signature.Kind) : null;
    }

    public string Url(string key) => $"/media/{key}";

    public string? LocalPath(string key) => Describe(key) is null ? null : PathOf(key);

    /// <summary>Where a photo's renditions live, beside the originals so that every node sharing the root sees them.</summary>
    public string RenditionDirectory(string key) => Path.Combine(_root, "renditions", key[..2], key[2..4], key);

    public IFileInfo? FindRendition(string key, int width, string format)
    {
        if (!KeyPattern().IsMatch(key) || format is not ("webp" or "jpg"))
        {
            return null;
        }
        var file = new FileInfo(Path.Combine(RenditionDirectory(key), $"{width}.{format}"));
        return file.Exists ? new PhysicalFileInfo(file) : null;
    }

    public MediaTidying Tidy(DateTime nowUtc)
    {
        var (removed, madePrivate) = PrivateFiles.Sweep(_root, IsTemporary, nowUtc);
        return new MediaTidying(_root, removed, madePrivate);
    }

    /// <summary>The folder of every stored file and rendition.</summary>
    public string Root => _root;

    /// <summary>A file written aside before being moved in (<c>{key}.{guid}.tmp</c>, <c>{width}.{guid}.tmp.{format}</c>): left behind only by a crash or a full disk.</summary>
    public static bool IsTemporary(string fileName) => TemporaryPattern().IsMatch(fileName);

    /// <summary>ENOSPC and EDQUOT as .NET reports them on Unix (the errno), and ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(Exception e) => e is IOException { HResult: 28 or 122 or unchecked((int)0x80070070) or unchecked((int)0x80070027) };

    private string PathOf(string key) => Path.Combine(_root, key[..2], key[2..4], key);

    private async Task CopyWithLimitAsync(Stream source, Stream target, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + read > _maxFileBytes)
            {
                throw new MediaRejectedException($"Tệp vượt quá dung lượng cho phép ({_maxFileBytes / (1024 * 1024)} MB).");
            }
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }

    private static ZipArchive? OpenZip(MemoryStream buffer)
    {
        try
        {
            return new ZipArchive(new MemoryStream(buffer.GetBuffer(), 0, (int)buffer.Length, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[0-9a-f]{64}\\.(?<ext>jpg|png|gif|webp|heic|pdf|doc|docx|xlsx|odt)$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("\\.[0-9a-f]{32}\\.tmp(\\.(webp|jpg))?$")]
    private static partial Regex TemporaryPattern();
}
