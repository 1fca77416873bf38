using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Mvc.Content;

/// <summary>
/// The base of the public pages of a content section. Its preview shows an item's newest
/// version, draft or not, to the people of its cluster, through the very view readers get.
/// </summary>
public abstract class PublicContentController : Controller
{
    protected async Task<IActionResult> PreviewAsync(string id, ContentSection section, Func<ContentRecord, CancellationToken, Task<object>> page)
    {
        var services = HttpContext.RequestServices;
        var cancellationToken = HttpContext.RequestAborted;
        var record = await services.GetRequiredService<ContentStore>().GetLatestAsync(id, cancellationToken);
        if (record is null || !services.GetRequiredService<ContentTypeRegistry>().NamesIn(section).Contains(record.Type))
        {
            return NotFound();
        }
        var access = await services.GetRequiredService<IContentAccessProvider>().GetAsync(User, cancellationToken);
        if (!access.CanWorkIn(record.ClusterId))
        {
            return Forbid();
        }
        Response.Headers.CacheControl = "no-store";
        ViewData["Preview"] = true;
        return View("Details", await page(record, cancellationToken));
    }
}
