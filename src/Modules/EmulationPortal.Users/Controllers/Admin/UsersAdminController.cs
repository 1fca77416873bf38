using System.Net.Mail;
using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.Users.Models;
using EmulationPortal.Users.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Users.Controllers.Admin;

/// <summary>Accounts, their roles and their clusters: administrators only.</summary>
[AdministratorsOnly]
public sealed class UsersAdminController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    UserAdministration administration,
    LoginLockouts lockouts,
    IClusterDirectory clusterDirectory,
    TimeProvider clock, IContentAccessProvider accessProvider) : AdminController
{
    [HttpGet("/admin/nguoi-dung", Name = Routes.AdminUsers)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        return View(new UserListPage(
            await administration.ListAsync(cancellationToken),
            await clusterDirectory.AllAsync(cancellationToken),
            clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("/admin/nguoi-dung/tao", Name = Routes.AdminUserCreate)]
    public async Task<IActionResult> New(CancellationToken cancellationToken)
    {
        return View("Edit", await WithOptionsAsync(new UserForm(), cancellationToken));
    }

    [HttpPost("/admin/nguoi-dung/tao")]
    public async Task<IActionResult> Create(UserForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var (roles, assignments) = ValidateFields(form, clusters, passwordRequired: true);
        var user = new PortalUser
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = form.UserName ?? "",
            DisplayName = form.DisplayName,
            Email = form.Email,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await ValidateWithIdentityAsync(form, user, form.Password);
        if (form.Errors.Count > 0)
        {
            return await RedisplayAsync(form, cancellationToken);
        }

        var result = await users.CreateAsync(user, form.Password!);
        if (!result.Succeeded)
        {
            AddIdentityErrors(form, result);
            return await RedisplayAsync(form, cancellationToken);
        }
        try
        {
            await administration.SetAssignmentsAsync(user.Id, roles, assignments, cancellationToken);
        }
        catch
        {
            // An account without the roles it was given is not left behind.
            await users.DeleteAsync(user);
            throw;
        }
        Notify($"Đã tạo tài khoản {user.UserName}.");
        return RedirectToRoute(Routes.AdminUsers);
    }

    [HttpGet("/admin/nguoi-dung/{id}", Name = Routes.AdminUser)]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        var user = await administration.FindAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }
        var form = new UserForm
        {
            Id = user.Id,
            UserName = user.UserName,
            DisplayName = user.DisplayName,
            Email = user.Email,
            Roles = user.Roles.ToList(),
            Clusters = user.Clusters.ToDictionary(c => c.Key, c => (string?)c.Value.ToString()),
        };
        return View("Edit", await WithOptionsAsync(form, cancellationToken));
    }

    [HttpPost("/admin/nguoi-dung/{id}")]
    public async Task<IActionResult> Save(string id, UserForm form, CancellationToken cancellationToken)
    {
        var access = await accessProvider.GetAsync(User, HttpContext.RequestAborted);
        form.Id = id;
        var user = await users.FindByIdAsync(id);
        var before = await administration.FindAsync(id, cancellationToken);
        if (user is null || before is null)
        {
            return NotFound();
        }
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var changePassword = !string.IsNullOrEmpty(form.Password) || !string.IsNullOrEmpty(form.ConfirmPassword);
        var (roles, assignments) = ValidateFields(form, clusters, passwordRequired: false);
        if (id == access.UserId && !roles.Contains(PortalRoles.Administrator))
        {
            form.AddError(nameof(form.Roles),
                "Bạn không thể tự bỏ quyền Quản trị hệ thống của chính mình. Nếu cần, xin nhờ một quản trị viên khác thực hiện.");
        }
        user.UserName = form.UserName ?? "";
        user.DisplayName = form.DisplayName;
        user.Email = form.Email;
        await ValidateWithIdentityAsync(form, user, changePassword ? form.Password : null);
        if (form.Errors.Count > 0)
        {
            return await RedisplayAsync(form, cancellationToken);
        }

        // A new password or other rights end the account's sessions (a new stamp), once the rights are written.
        var rightsChanged = !before.Roles.ToHashSet().SetEquals(roles)
            || before.Clusters.Count != assignments.Count
            || before.Clusters.Any(c => !assignments.TryGetValue(c.Key, out var role) || role != c.Value);
        if (changePassword)
        {
            // The password was checked against the policy above.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, form.Password!);
        }
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            AddIdentityErrors(form, result);
            return await RedisplayAsync(form, cancellationToken);
        }
        await administration.SetAssignmentsAsync(user.Id, roles, assignments, cancellationToken);
        if (changePassword || rightsChanged)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        if (id == access.UserId)
        {
            await signIn.RefreshSignInAsync(user);
        }
        Notify(changePassword ? $"Đã lưu tài khoản {user.UserName} và đặt mật khẩu mới." : $"Đã lưu tài khoản {user.UserName}.");
        return RedirectToRoute(Routes.AdminUser, new { id });
    }

    [HttpPost("/admin/nguoi-dung/{id}/mo-khoa")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        user.LockoutEndUtc = null;
        user.AccessFailedCount = 0;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await lockouts.ClearAsync(user.Id);
            Notify($"Đã mở khóa tài khoản {user.UserName}.");
        }
        else
        {
            NotifyError(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        return RedirectToRoute(Routes.AdminUser, new { id });
    }

    /// <summary>Locks the account until an administrator unlocks it, and ends its sessions (a new stamp).</summary>
    [HttpPost("/admin/nguoi-dung/{id}/khoa")]
    public async Task<IActionResult> Lock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }
        if (id == (await accessProvider.GetAsync(User, HttpContext.RequestAborted)).UserId)
        {
            NotifyError("Bạn không thể tự khóa tài khoản của chính mình.");
            return RedirectToRoute(Routes.AdminUser, new { id });
        }
        user.LockoutEndUtc = PortalUser.LockedIndefinitely;
        var result = await users.UpdateSecurityStampAsync(user);
        if (result.Succeeded)
        {
            Notify($"Đã khóa tài khoản {user.UserName}; mọi phiên đăng nhập của tài khoản này đã kết thúc.");
        }
        else
        {
            NotifyError(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        return RedirectToRoute(Routes.AdminUser, new { id });
    }

    /// <summary>Checks what Identity does not: required fields, the confirmation, the e-mail, roles and clusters.</summary>
    private static (List<string> Roles, Dictionary<string, ClusterRole> Clusters) ValidateFields(
        UserForm form, IReadOnlyDictionary<string, ClusterSummary> clusters, bool passwordRequired)
    {
        form.UserName = form.UserName?.Trim();
        form.DisplayName = string.IsNullOrWhiteSpace(form.DisplayName) ? null : form.DisplayName.Trim();
        form.Email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();

        if (string.IsNullOrEmpty(form.UserName))
        {
            form.AddError(nameof(form.UserName), "Chưa nhập tên đăng nhập.");
        }
        else if (form.UserName.Length > 100)
        {
            form.AddError(nameof(form.UserName), "Tên đăng nhập dài quá 100 ký tự.");
        }
        if (form.DisplayName is null)
        {
            form.AddError(nameof(form.DisplayName), "Chưa nhập họ tên hiển thị.");
        }
        else if (form.DisplayName.Length > 200)
        {
            form.AddError(nameof(form.DisplayName), "Họ tên hiển thị dài quá 200 ký tự.");
        }
        if (form.Email is not null && (form.Email.Length > 254 || !MailAddress.TryCreate(form.Email, out var address) || address.Address != form.Email))
        {
            form.AddError(nameof(form.Email), "Địa chỉ thư điện tử không hợp lệ.");
        }
        if (passwordRequired && string.IsNullOrEmpty(form.Password))
        {
            form.AddError(nameof(form.Password), "Chưa nhập mật khẩu.");
        }
        else if ((form.Password ?? "") != (form.ConfirmPassword ?? ""))
        {
            form.AddError(nameof(form.ConfirmPassword), "Mật khẩu nhập lại không khớp.");
        }

        var roles = form.Roles.Where(r => !string.IsNullOrEmpty(r)).Distinct().ToList();
        if (roles.Any(r => !PortalRoles.All.Contains(r)))
        {
            form.AddError(nameof(form.Roles), "Có vai trò không hợp lệ.");
            roles = roles.Where(PortalRoles.All.Contains).ToList();
        }
        var assignments = new Dictionary<string, ClusterRole>();
        foreach (var (clusterId, roleText) in form.Clusters)
        {
            if (string.IsNullOrEmpty(roleText))
            {
                continue;
            }
            if (!clusters.ContainsKey(clusterId))
            {
                form.AddError(nameof(form.Clusters), $"Không có cụm, khối thi đua mã \"{clusterId}\"; có thể nó vừa bị xóa. Xin tải lại trang.");
            }
            else if (!Enum.TryParse<ClusterRole>(roleText, out var role) || !Enum.IsDefined(role))
            {
                form.AddError(nameof(form.Clusters), $"Vai trò trong {clusters[clusterId].Name} không hợp lệ.");
            }
            else
            {
                assignments[clusterId] = role;
            }
        }
        return (roles, assignments);
    }

    /// <summary>Identity's own rules, in Vietnamese: the user name (allowed characters, not taken) and the password policy.</summary>
    private async Task ValidateWithIdentityAsync(UserForm form, PortalUser user, string? password)
    {
        if (!string.IsNullOrEmpty(user.UserName))
        {
            foreach (var validator in users.UserValidators)
            {
                AddIdentityErrors(form, await validator.ValidateAsync(users, user));
            }
        }
        if (!string.IsNullOrEmpty(password))
        {
            foreach (var validator in users.PasswordValidators)
            {
                AddIdentityErrors(form, await validator.ValidateAsync(users, user, password));
            }
        }
    }

    private static void AddIdentityErrors(UserForm form, IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch) => nameof(form.Password),
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(form.UserName),
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(form.Email),
                _ => "",
            };
            form.AddError(field, error.Description);
        }
    }

    private async Task<IActionResult> RedisplayAsync(UserForm form, CancellationToken cancellationToken)
    {
        form.Password = null;
        form.ConfirmPassword = null;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Edit", await WithOptionsAsync(form, cancellationToken));
    }

    private async Task<UserForm> WithOptionsAsync(UserForm form, CancellationToken cancellationToken)
    {
        form.ClusterOptions = (await clusterDirectory.AllAsync(cancellationToken)).Values
            .OrderBy(c => c.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), ignoreCase: true))
            .ToList();
        if (form.Id is not null)
        {
            var stored = await administration.FindAsync(form.Id, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            form.LockedOutUntilUtc = stored is not null && stored.IsLockedOut(now) ? stored.LockoutEndUtc : null;
            form.IsSelf = form.Id == (await accessProvider.GetAsync(User, HttpContext.RequestAborted)).UserId;
        }
        return form;
    }
}
