using System.Data.Common;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Web.Controllers;

/// <summary>Vietnamese error pages: the status code pages and the exception handler re-execute here.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    /// <remarks>
    /// The code is read from the route by hand: a re-executed POST whose form cannot be read (a part header
    /// over the 16 KB limit) makes model binding give up on every parameter, which left the code 0 and the
    /// response "HTTP/1.1 0".
    /// </remarks>
    [Route("/loi/{code:int}")]
    public IActionResult Status()
    {
        var code = int.Parse((string)RouteData.Values["code"]!, CultureInfo.InvariantCulture);
        // Only error statuses are shown: anyone can type /loi/0 or /loi/304, which no response may carry with a page.
        if (code is < 400 or > 599 || code == StatusCodes.Status404NotFound)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View("NotFound");
        }
        Response.StatusCode = code;
        if (code == StatusCodes.Status429TooManyRequests)
        {
            // Refused by a rate limit: the reader is told when to try again.
            int? seconds = int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
            return View("TooManyRequests", seconds);
        }
        return View("Error", code);
    }

    [Route("/loi")]
    public IActionResult Error()
    {
        // The database away (a restart, a network cut) is not a fault of the page: 503 tells readers and proxies to come back.
        var code = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is DbException { IsTransient: true }
            ? StatusCodes.Status503ServiceUnavailable
            : StatusCodes.Status500InternalServerError;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = "30";
        }
        Response.StatusCode = code;
        return View("Error", code);
    }
}
