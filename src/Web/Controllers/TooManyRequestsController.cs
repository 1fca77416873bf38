using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Web.Controllers;

/// <summary>
/// The page of a request refused by a rate limit: the status code pages re-execute here. A route more
/// specific than <c>/loi/{code}</c>, so the reader is told what happened and when to try again.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class TooManyRequestsController : Controller
{
    [Route("/loi/429")]
    public IActionResult Index()
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        int? seconds = int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        return View("~/Views/Error/TooManyRequests.cshtml", seconds);
    }
}
