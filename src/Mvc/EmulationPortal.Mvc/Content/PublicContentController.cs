using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Mvc.Content;

/// <summary>
/// The base of the public pages of a content section. Its preview shows an item's newest
/// version, draft or not, to the people of its cluster, through the very view readers get.
/// </summary>
public abstract class PublicContentController(ContentPreviews previews) : Controller
{
    protected async Task<IActionResult> PreviewAsync(string id, ContentSection section, Func<ContentRecord, CancellationToken, Task<object>> page)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var (outcome, record) = await previews.FindAsync(User, id, section, cancellationToken);
        switch (outcome)
        {
            case PreviewOutcome.NotFound:
                return NotFound();
            case PreviewOutcome.Forbidden:
                return Forbid();
        }
        Response.Headers.CacheControl = "no-store";
        ViewData["Preview"] = true;
        return View("Details", await page(record!, cancellationToken));
    }
}
