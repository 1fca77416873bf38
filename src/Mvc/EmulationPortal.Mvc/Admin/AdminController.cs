using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Mvc.Admin;

/// <summary>
/// The base of every page under /admin: signed-in people only, every form checked against
/// forgery, and a note for the next page one call away.
/// </summary>
[Authorize]
[AutoValidateAntiforgeryToken]
public abstract class AdminController : Controller
{
    /// <summary>A Vietnamese note shown once on the next page (after a redirect).</summary>
    protected void Notify(string message) => TempData[AdminNotice.Key] = message;

    /// <summary>A Vietnamese error shown once on the next page (after a redirect).</summary>
    protected void NotifyError(string message) => TempData[AdminNotice.ErrorKey] = message;
}

public static class AdminNotice
{
    public const string Key = "admin.notice";
    public const string ErrorKey = "admin.error";
}
