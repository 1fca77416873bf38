using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Mvc.Admin;

/// <summary>Pages for administrators alone: anyone else is refused before the action runs.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AdministratorsOnlyAttribute : Attribute, IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            context.Result = new ChallengeResult();
            return;
        }
        var access = await context.HttpContext.RequestServices.GetRequiredService<IContentAccessProvider>()
            .GetAsync(user, context.HttpContext.RequestAborted);
        if (!access.IsAdministrator)
        {
            context.Result = new ForbidResult();
        }
    }
}
