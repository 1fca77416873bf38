using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Theme.ViewComponents;

/// <summary>The site's name as administrators set it, as text (HTML-encoded) wherever the layout shows it.</summary>
public sealed class SiteName(SiteSettings settings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        Content(await settings.GetAsync(SiteSettings.SiteName, HttpContext.RequestAborted) ?? SiteSettings.DefaultSiteName);
}
