using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Media;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Mvc.Media;
using EmulationPortal.Site.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Site.Controllers.Admin;

/// <summary>The portal's name, the agency responsible, its contacts and logo, shown in the footer, the contact page and the JSON-LD.</summary>
[Authorize(Policy = SitePermissions.ManageSettings)]
public sealed class SiteSettingsAdminController(SiteSettings settings, IMediaLibrary library, IMediaStore store, IDbConnectionFactory connections) : AdminController
{
    [HttpGet("/admin/thong-tin-cong", Name = Routes.AdminSettings)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await WithLogoAsync(SiteSettingsForm.From(await settings.ProfileAsync(cancellationToken)), cancellationToken));

    [HttpPost("/admin/thong-tin-cong")]
    public async Task<IActionResult> Save(SiteSettingsForm form, CancellationToken cancellationToken)
    {
        // The file is kept even when other fields are refused: the form comes back naming it, and it is not sent twice.
        if (form.LogoFile is { Length: > 0 } file)
        {
            form.LogoKey = await StoreLogoAsync(file, cancellationToken) ?? form.LogoKey;
        }
        else if (form.RemoveLogo)
        {
            form.LogoKey = null;
        }
        else if (form.LogoKey is { Length: > 0 } key && store.Describe(key) is not { Kind: MediaKind.Image })
        {
            ModelState.AddModelError(nameof(form.LogoKey), "Không tìm thấy logo đã chọn trong kho tệp; xin tải lên lại.");
            form.LogoKey = null;
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await WithLogoAsync(form, cancellationToken));
        }
        await settings.SaveAsync(form.ToSettings(), cancellationToken);
        Notify("Đã lưu thông tin cổng.");
        return RedirectToRoute(Routes.AdminSettings);
    }

    /// <summary>The logo's key once stored; null, with the reason at the field, when the file is not an image the portal takes.</summary>
    private async Task<string?> StoreLogoAsync(IFormFile file, CancellationToken cancellationToken)
    {
        try
        {
            await using var session = await connections.BeginSessionAsync(cancellationToken);
            await using var content = file.OpenReadStream();
            var stored = await library.AddAsync(content, file.FileName, session, cancellationToken);
            if (stored.Kind != MediaKind.Image)
            {
                // Not committed: no renditions or text are queued for a file nothing will name.
                ModelState.AddModelError(nameof(SiteSettingsForm.LogoFile), "Logo phải là ảnh JPEG, PNG, WebP hoặc GIF.");
                return null;
            }
            await session.CommitAsync(cancellationToken);
            return stored.Key;
        }
        catch (Exception e) when (e is MediaRejectedException or MediaStorageException)
        {
            ModelState.AddModelError(nameof(SiteSettingsForm.LogoFile), e.Message);
            return null;
        }
    }

    private async Task<SiteSettingsForm> WithLogoAsync(SiteSettingsForm form, CancellationToken cancellationToken)
    {
        if (form.LogoKey is { Length: > 0 } key && (await library.PhotosAsync([key], cancellationToken)).GetValueOrDefault(key) is { } logo)
        {
            form.Logo = PhotoUrls.For(logo, library);
        }
        return form;
    }
}
