using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Media.Services;

/// <summary>
/// Says once the host runs which media tools are missing and what the site does without them. Beside the start, not
/// before it: running the three tools takes a tenth of a second or more, and a restarted node answers meanwhile.
/// </summary>
public sealed class MediaToolsCheck(ILogger<MediaToolsCheck> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        if (!RenditionMaker.IsAvailable)
        {
            logger.LogWarning("libvips (vipsthumbnail) is missing: photos are served as cleaned originals and their renditions wait in the queue. Install the Debian package libvips-tools.");
        }
        if (!TextExtractor.PdfToolsAvailable)
        {
            logger.LogWarning("poppler (pdftotext) is missing: text of PDF attachments is not extracted for search. Install the Debian package poppler-utils.");
        }
        if (!TextExtractor.OcrAvailable)
        {
            logger.LogWarning("tesseract with Vietnamese is missing: scanned PDFs are not read. Install the Debian packages tesseract-ocr and tesseract-ocr-vie.");
        }
    }, stoppingToken);
}
