using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Mvc.Content;

/// <summary>
/// The base of the public pages of a content section. Its preview shows an item's newest version, draft or
/// not, through the very view readers get: to the people of its cluster, and to anyone holding a link one of
/// them shared (<see cref="SharedPreview.Key"/>), without signing in.
/// </summary>
public abstract class PublicContentController(ContentPreviews previews) : Controller
{
    protected async Task<IActionResult> PreviewAsync(string id, ContentSection section, Func<ContentRecord, CancellationToken, Task<object>> page)
    {
        if (Request.Query.TryGetValue(SharedPreview.Key, out var token))
        {
            return await SharedPreviewAsync(token.ToString(), id, section, page);
        }
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
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

    private async Task<IActionResult> SharedPreviewAsync(string token, string id, ContentSection section,
        Func<ContentRecord, CancellationToken, Task<object>> page)
    {
        // The address is the key: no cache may keep the page, no search engine list it, and no site a link in it
        // leads to may learn the address from the Referer.
        Response.Headers.CacheControl = "no-store, private";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Response.Headers["Referrer-Policy"] = "no-referrer";
        var cancellationToken = HttpContext.RequestAborted;
        var (outcome, record, link) = await previews.FindSharedAsync(token, id, section, cancellationToken);
        if (outcome != SharedPreviewOutcome.Found)
        {
            var gone = View(SharedPreview.GoneView, new PreviewLinkGonePage(outcome == SharedPreviewOutcome.ItemChanged));
            gone.StatusCode = outcome == SharedPreviewOutcome.ItemChanged ? StatusCodes.Status410Gone : StatusCodes.Status404NotFound;
            return gone;
        }
        ViewData["Preview"] = true;
        ViewData[SharedPreview.ViewDataKey] = new SharedPreviewBanner(link!.ExpiresUtc);
        return View("Details", await page(record!, cancellationToken));
    }
}
