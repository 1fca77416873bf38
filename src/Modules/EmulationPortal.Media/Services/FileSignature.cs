using System.IO.Compression;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Media.Services;

/// <summary>What a file is, judged by its first bytes and never by its name.</summary>
public sealed record FileSignature(string Extension, string ContentType, MediaKind Kind)
{
    public static FileSignature? Detect(ReadOnlySpan<byte> bytes, Func<ZipArchive?> openZip)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new("jpg", "image/jpeg", MediaKind.Image);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new("png", "image/png", MediaKind.Image);
        }
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return new("gif", "image/gif", MediaKind.Image);
        }
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return new("webp", "image/webp", MediaKind.Image);
        }
        if (IsHeif(bytes))
        {
            return new("heic", "image/heic", MediaKind.Image);
        }
        if (bytes.StartsWith("%PDF-"u8))
        {
            return new("pdf", "application/pdf", MediaKind.Document);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return new("doc", "application/msword", MediaKind.Document);
        }
        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return DetectOfficeZip(openZip());
        }
        return null;
    }

    /// <summary>An ISO media file whose brand says HEIF/HEIC still image (what phones save).</summary>
    private static bool IsHeif(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8)
        && (bytes[8..12].SequenceEqual("heic"u8) || bytes[8..12].SequenceEqual("heix"u8) || bytes[8..12].SequenceEqual("mif1"u8)
            || bytes[8..12].SequenceEqual("msf1"u8) || bytes[8..12].SequenceEqual("heim"u8) || bytes[8..12].SequenceEqual("heis"u8));

    private static FileSignature? DetectOfficeZip(ZipArchive? zip)
    {
        if (zip is null)
        {
            return null;
        }
        using (zip)
        {
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.Document);
            }
            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.Document);
            }
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open());
                if (reader.ReadToEnd().Trim() == "application/vnd.oasis.opendocument.text")
                {
                    return new("odt", "application/vnd.oasis.opendocument.text", MediaKind.Document);
                }
            }
            return null;
        }
    }

    public static FileSignature? FromExtension(string extension) => extension switch
    {
        "jpg" => new("jpg", "image/jpeg", MediaKind.Image),
        "png" => new("png", "image/png", MediaKind.Image),
        "gif" => new("gif", "image/gif", MediaKind.Image),
        "webp" => new("webp", "image/webp", MediaKind.Image),
        "heic" => new("heic", "image/heic", MediaKind.Image),
        "pdf" => new("pdf", "application/pdf", MediaKind.Document),
        "doc" => new("doc", "application/msword", MediaKind.Document),
        "docx" => new("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.Document),
        "xlsx" => new("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.Document),
        "odt" => new("odt", "application/vnd.oasis.opendocument.text", MediaKind.Document),
        _ => null,
    };
}
