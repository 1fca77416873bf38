using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Theme.ViewComponents;

/// <summary>Who runs the portal and how to reach them, at the foot of every page (Decree 42/2022/NĐ-CP).</summary>
public sealed class SiteFooter(SiteSettings settings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await settings.ProfileAsync(HttpContext.RequestAborted));
}
