using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace EmulationPortal.Awards;

/// <summary>
/// Who keeps the register: linking names met in decisions to units is the emulation board's work (Staff and
/// Administrators); the catalogue of award kinds is the administrators' (<c>[AdministratorsOnly]</c>).
/// </summary>
public static class AwardsPermissions
{
    /// <summary>The authorization policy of the register's admin pages: Staff or Administrator.</summary>
    public const string ManageRegister = "awards-manage-register";

    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new RegisterKeeperRequirement())
        .Build();
}

/// <summary>The person works across every cluster, as the portal's content access says (not a role claim, which may be stale).</summary>
public sealed class RegisterKeeperRequirement : IAuthorizationRequirement;

public sealed class RegisterKeeperRequirementHandler(IContentAccessProvider accessProvider) : AuthorizationHandler<RegisterKeeperRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RegisterKeeperRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        var cancellationToken = context.Resource is HttpContext http ? http.RequestAborted : CancellationToken.None;
        if ((await accessProvider.GetAsync(context.User, cancellationToken)).SeesAllClusters)
        {
            context.Succeed(requirement);
        }
    }
}
