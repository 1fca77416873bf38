using System.IO.Compression;
using System.Text;
using EmulationPortal.Core.Media;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Media.Services;

/// <summary>The text of a handed-in file through <see cref="TextExtractor"/>; the file is judged by its bytes, never its name.</summary>
public sealed class FileTextReader(TextExtractor extractor, IOptions<MediaOptions> options) : IFileTextReader
{
    private const int SignatureBytes = 16;

    public async Task<FileText> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var name = SafeFileName.From(fileName);
        var maxBytes = options.Value.MaxFileBytes;
        // The tools read files: the upload is written aside, with the store's limit, and always removed.
        var path = Path.Combine(Path.GetTempPath(), $"emulationportal-intake-{Guid.NewGuid():N}");
        try
        {
            long length;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                length = await CopyWithLimitAsync(content, file, maxBytes, name, cancellationToken);
            }
            if (length == 0)
            {
                throw new FileTextException($"Tệp \"{name}\" rỗng.");
            }

            var head = new byte[Math.Min(SignatureBytes, length)];
            await using (var file = File.OpenRead(path))
            {
                await file.ReadExactlyAsync(head, cancellationToken);
            }
            var signature = FileSignature.Detect(head, () => OpenZip(path));
            if (signature is { Extension: "pdf" or "docx" })
            {
                return await ExtractAsync(path, signature.Extension, name, cancellationToken);
            }
            if (signature is null && await PlainTextAsync(path, cancellationToken) is { } plain)
            {
                return Checked(new FileText(plain, "txt", "plain"), name);
            }
            throw new FileTextException($"Tệp \"{name}\" không phải văn bản đọc được: chỉ nhận DOCX, PDF (kể cả bản quét) hoặc văn bản thuần (.txt).");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<FileText> ExtractAsync(string path, string extension, string name, CancellationToken cancellationToken)
    {
        try
        {
            var extracted = await extractor.ExtractAsync(path, extension, cancellationToken)
                ?? throw new FileTextException($"Tệp \"{name}\" thuộc loại chưa đọc được.");
            return Checked(new FileText(extracted.Text, extension, extracted.Method), name);
        }
        catch (TextExtractionFailedException e)
        {
            throw new FileTextException($"Không đọc được tệp \"{name}\": tệp hỏng, có mật khẩu, quá lớn khi giải nén hoặc đọc quá lâu.", e);
        }
    }

    private static FileText Checked(FileText text, string name) =>
        text.Text.Any(char.IsLetter) ? text : throw new FileTextException($"Tệp \"{name}\" không có chữ nào đọc được.");

    /// <summary>UTF-8 (a byte-order mark allowed) without NUL or other control characters than line breaks and tabs.</summary>
    private static async Task<string?> PlainTextAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            return text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static ZipArchive? OpenZip(string path)
    {
        try
        {
            return new ZipArchive(File.OpenRead(path), ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static async Task<long> CopyWithLimitAsync(Stream source, Stream destination, long maxBytes, string name, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new FileTextException($"Tệp \"{name}\" quá lớn: tối đa {maxBytes / (1024 * 1024)} MB.");
            }
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return total;
    }
}
