using Microsoft.AspNetCore.Http;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Mvc.Http;
using EmulationPortal.Users.Models;
using EmulationPortal.Users.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using EmulationPortal.Mvc.Routing;

namespace EmulationPortal.Users.Controllers.Admin;

public sealed class AccountController(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, PortalSignIn passwordSignIn,
    PeopleDirectory people) : AdminController
{
    /// <summary>One answer for an unknown name, a wrong password and a locked account, so none of them can be told apart.</summary>
    public const string LoginFailed =
        "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa. Nếu đã nhập sai nhiều lần, xin thử lại sau 15 phút.";

    [AllowAnonymous]
    [HttpGet(Startup.LoginPath, Name = Routes.Login)]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost(Startup.LoginPath, Name = Routes.Login)]
    [EnableRateLimiting(PortalRateLimits.Login)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        var signedIn = ModelState.IsValid
            && await passwordSignIn.PasswordSignInAsync(form.UserName!.Trim(), form.Password!, ClientAddress.Of(HttpContext));
        if (signedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl! : Url.RouteUrl(PortalRoutes.AdminDashboard)!);
        }
        form.Password = "";
        if (ModelState.IsValid)
        {
            ModelState.AddModelError("", LoginFailed);
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return View(form);
    }

    [HttpPost(Startup.LogoutPath, Name = PortalRoutes.Logout)]
    public async Task<IActionResult> Logout()
    {
        // A new stamp makes every copy of this person's cookie worthless, not only the one the browser deletes.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return RedirectToRoute(PortalRoutes.Home);
    }

    [AllowAnonymous]
    [HttpGet(Startup.AccessDeniedPath)]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("/admin/tai-khoan", Name = PortalRoutes.Account)]
    public async Task<IActionResult> Account(CancellationToken cancellationToken)
    {
        if (await people.GetAsync(User.Identity?.Name ?? "", cancellationToken) is not { } person)
        {
            return Challenge();
        }
        return View(new AccountPage(person.UserName, person.DisplayName, person.Email, person.EmailNotifications));
    }

    [HttpPost("/admin/tai-khoan", Name = PortalRoutes.Account)]
    public async Task<IActionResult> Account(AccountForm form, CancellationToken cancellationToken)
    {
        if (await people.GetAsync(User.Identity?.Name ?? "", cancellationToken) is not { } person)
        {
            return Challenge();
        }
        await people.SetEmailNotificationsAsync(person.UserName, form.EmailNotifications, cancellationToken);
        Notify(form.EmailNotifications ? "Đã bật nhận thông báo qua e-mail." : "Đã tắt nhận thông báo qua e-mail.");
        return RedirectToRoute(PortalRoutes.Account);
    }

    [HttpGet("/admin/doi-mat-khau", Name = PortalRoutes.ChangePassword)]
    public IActionResult ChangePassword() => View(new PasswordForm());

    [HttpPost("/admin/doi-mat-khau", Name = PortalRoutes.ChangePassword)]
    public async Task<IActionResult> ChangePassword(PasswordForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return View(new PasswordForm());
        }
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword ?? "", form.NewPassword ?? "");
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            return View(new PasswordForm());
        }
        await signIn.RefreshSignInAsync(user);
        Notify("Đã đổi mật khẩu.");
        return RedirectToRoute(PortalRoutes.AdminDashboard);
    }
}
