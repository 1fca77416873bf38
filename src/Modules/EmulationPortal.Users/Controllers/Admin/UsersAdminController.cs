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

    [HttpPost("/admin/nguoi-dung/tao", Name = Routes.AdminUserCreate)]
    public async Task<IActionResult> Create(NewUserForm form, CancellationToken cancellationToken)
    {
        form.Id = null;
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var (roles, assignments) = ReadRights(form, clusters);
        var user = new PortalUser
        {
            Id = Guid.NewGuid().ToString("N"),
            UserName = form.UserName ?? "",
            DisplayName = form.DisplayName,
            Email = form.Email,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await ValidateWithIdentityAsync(user, form.Password);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(form, cancellationToken);
        }

        var result = await users.CreateAsync(user, form.Password!);
        if (!result.Succeeded)
        {
            AddIdentityErrors(result);
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

    [HttpPost("/admin/nguoi-dung/{id}", Name = Routes.AdminUser)]
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
        var (roles, assignments) = ReadRights(form, clusters);
        if (id == access.UserId && !roles.Contains(PortalRoles.Administrator))
        {
            ModelState.AddModelError(nameof(form.Roles),
                "Bạn không thể tự bỏ quyền Quản trị hệ thống của chính mình. Nếu cần, xin nhờ một quản trị viên khác thực hiện.");
        }
        user.UserName = form.UserName ?? "";
        user.DisplayName = form.DisplayName;
        user.Email = form.Email;
        await ValidateWithIdentityAsync(user, changePassword ? form.Password : null);
        if (!ModelState.IsValid)
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
            AddIdentityErrors(result);
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

    [HttpPost("/admin/nguoi-dung/{id}/mo-khoa", Name = Routes.AdminUserUnlock)]
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
    [HttpPost("/admin/nguoi-dung/{id}/khoa", Name = Routes.AdminUserLock)]
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

    /// <summary>The roles and clusters asked for, as far as they exist; the form's own fields are checked by model validation.</summary>
    private (List<string> Roles, Dictionary<string, ClusterRole> Clusters) ReadRights(
        UserForm form, IReadOnlyDictionary<string, ClusterSummary> clusters)
    {
        var roles = form.Roles.Where(r => !string.IsNullOrEmpty(r)).Distinct().ToList();
        if (roles.Any(r => !PortalRoles.All.Contains(r)))
        {
            ModelState.AddModelError(nameof(form.Roles), "Có vai trò không hợp lệ.");
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
                ModelState.AddModelError(nameof(form.Clusters), $"Không có cụm, khối thi đua mã \"{clusterId}\"; có thể nó vừa bị xóa. Xin tải lại trang.");
            }
            else if (!Enum.TryParse<ClusterRole>(roleText, out var role) || !Enum.IsDefined(role))
            {
                ModelState.AddModelError(nameof(form.Clusters), $"Vai trò trong {clusters[clusterId].Name} không hợp lệ.");
            }
            else
            {
                assignments[clusterId] = role;
            }
        }
        return (roles, assignments);
    }

    /// <summary>Identity's own rules, in Vietnamese: the user name (allowed characters, not taken) and the password policy.</summary>
    private async Task ValidateWithIdentityAsync(PortalUser user, string? password)
    {
        if (!string.IsNullOrEmpty(user.UserName))
        {
            foreach (var validator in users.UserValidators)
            {
                AddIdentityErrors(await validator.ValidateAsync(users, user));
            }
        }
        if (!string.IsNullOrEmpty(password))
        {
            foreach (var validator in users.PasswordValidators)
            {
                AddIdentityErrors(await validator.ValidateAsync(users, user, password));
            }
        }
    }

    private void AddIdentityErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch) => nameof(UserForm.Password),
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(UserForm.UserName),
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(UserForm.Email),
                _ => "",
            };
            ModelState.AddModelError(field, error.Description);
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
