namespace EmulationPortal.Core.Media;

/// <summary>The text of a file someone hands in, and how it was read: <c>Format</c> is docx, pdf or txt; <c>Method</c> openxml, pdftotext, ocr or plain.</summary>
public sealed record FileText(string Text, string Format, string Method);

/// <summary>A file whose text cannot be read; the message is Vietnamese, for the person who gave it.</summary>
public sealed class FileTextException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads the text of a file that is not (yet) stored: a DOCX, a PDF (its text layer, or OCR for scanned pages)
/// or plain text, with the media store's size limit and the extractor's limits against bombs.
/// </summary>
public interface IFileTextReader
{
    /// <summary>Throws <see cref="FileTextException"/> when the file is empty, too big, of another type, broken or has no text.</summary>
    Task<FileText> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default);
}
