using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace EmulationPortal.Mvc.Admin;

/// <summary>
/// Pages for administrators alone: a stranger is sent to sign in, anyone else is refused before the
/// action runs (the <see cref="AdministratorsPolicy"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdministratorsOnlyAttribute() : AuthorizeAttribute(AdministratorsPolicy.Name);

/// <summary>The authorization policy of <see cref="AdministratorsOnlyAttribute"/>.</summary>
public static class AdministratorsPolicy
{
    public const string Name = "administrators";

    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new AdministratorRequirement())
        .Build();
}

/// <summary>The person is an administrator, as the portal's content access says (not a role claim, which may be stale).</summary>
public sealed class AdministratorRequirement : IAuthorizationRequirement;

public sealed class AdministratorRequirementHandler(IContentAccessProvider accessProvider) : AuthorizationHandler<AdministratorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministratorRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        var cancellationToken = context.Resource is HttpContext http ? http.RequestAborted : CancellationToken.None;
        if ((await accessProvider.GetAsync(context.User, cancellationToken)).IsAdministrator)
        {
            context.Succeed(requirement);
        }
    }
}
