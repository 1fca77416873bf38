using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using EmulationPortal.Media.Models;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Media.Controllers.Admin;

public sealed class MediaAdminController(IMediaLibrary library, IDbConnectionFactory connections, IContentAccessProvider accessProvider) : AdminController
{
    // The file limit itself is the store's; this only keeps the request from being cut short before it.
    private const long RequestLimit = 200L * 1024 * 1024;

    /// <summary>One file from an editor's form, stored and queued for processing; refusals as problem+json in Vietnamese.</summary>
    [HttpPost("/admin/media/tai-len", Name = PortalRoutes.MediaUpload)]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        if (!access.SeesAllClusters && access.Clusters.Count == 0)
        {
            return Forbid();
        }
        if (file is null || file.Length == 0)
        {
            return Problem(title: "Chưa có tệp", detail: "Chưa chọn tệp nào để tải lên.", statusCode: StatusCodes.Status400BadRequest);
        }
        try
        {
            await using var session = await connections.BeginSessionAsync(cancellationToken);
            await using var content = file.OpenReadStream();
            var stored = await library.AddAsync(content, file.FileName, session, cancellationToken);
            await session.CommitAsync(cancellationToken);
            return Ok(new UploadedFile(
                stored.Key,
                stored.Kind.ToString(),
                Path.GetFileNameWithoutExtension(SafeFileName.From(file.FileName)),
                stored.Kind == MediaKind.Image ? library.PhotoUrl(stored.Key, 480, "jpg") : null));
        }
        catch (MediaRejectedException e)
        {
            return Problem(title: "Tệp không được chấp nhận", detail: e.Message, statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        catch (MediaStorageException e)
        {
            return Problem(title: "Không lưu được tệp", detail: e.Message, statusCode: StatusCodes.Status507InsufficientStorage);
        }
    }
}
