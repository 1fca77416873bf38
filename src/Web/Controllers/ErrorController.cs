using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Web.Controllers;

/// <summary>Vietnamese error pages: the status code pages and the exception handler re-execute here.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/loi/{code:int}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return code == StatusCodes.Status404NotFound ? View("NotFound") : View("Error", code);
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
