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

    public static AuthorizationPolicy Build() => ContentAccessRequirement.Policy(access => access.IsAdministrator);
}

/// <summary>
/// A right the portal's content access decides (not a role claim, which may be stale): a module's policy says
/// which, e.g. administrators, or staff who see every cluster.
/// </summary>
public sealed class ContentAccessRequirement(Func<ContentAccess, bool> allows) : IAuthorizationRequirement
{
    public bool Allows(ContentAccess access) => allows(access);

    /// <summary>Signed in, and allowed by the person's content access.</summary>
    public static AuthorizationPolicy Policy(Func<ContentAccess, bool> allows) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new ContentAccessRequirement(allows))
        .Build();
}

public sealed class ContentAccessRequirementHandler(IContentAccessProvider accessProvider) : AuthorizationHandler<ContentAccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ContentAccessRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        var cancellationToken = context.Resource is HttpContext http ? http.RequestAborted : CancellationToken.None;
        if (requirement.Allows(await accessProvider.GetAsync(context.User, cancellationToken)))
        {
            context.Succeed(requirement);
        }
    }
}
