using EmulationPortal.Mvc.Admin;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Modules;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Setup;
using EmulationPortal.Users.Models;
using EmulationPortal.Users.Recipes;
using EmulationPortal.Users.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Users;

public sealed class Startup : IModuleStartup
{
    public const string LoginPath = "/admin/dang-nhap";
    public const string LogoutPath = "/admin/dang-xuat";
    public const string AccessDeniedPath = "/admin/khong-co-quyen";
    public const string SessionValidationIntervalKey = "Portal:Sessions:ValidationInterval";

    // Accounts refer to clusters, so their tables come after them.
    public int Order => 10;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        // A singleton, so that start-up tasks outside any request can hash too.
        services.AddSingleton<IPasswordHasher<PortalUser>, PasswordHasher<PortalUser>>();
        services.AddIdentityCore<PortalUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@";
            })
            .AddUserStore<PortalUserStore>()
            .AddErrorDescriber<PortalIdentityErrors>()
            .AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(cookie =>
            {
                cookie.LoginPath = LoginPath;
                cookie.LogoutPath = LogoutPath;
                cookie.AccessDeniedPath = AccessDeniedPath;
                cookie.Cookie.Name = "portal.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
                cookie.SlidingExpiration = true;
            }));
        // The cookie's security stamp is checked against the account at most this long after it was
        // issued or last checked: a logout, a new password, a change of rights or a lock (which all
        // change the stamp) ends the person's other sessions within it. A minute costs one look-up per
        // signed-in person per minute; Identity's 30 minutes left a stolen cookie working that long.
        services.Configure<SecurityStampValidatorOptions>(options =>
            options.ValidationInterval = configuration.GetValue(SessionValidationIntervalKey, TimeSpan.FromMinutes(1)));
        services.AddAuthorization();
        services.AddSingleton<LoginLockouts>();
        services.AddScoped<PortalSignIn>();
        services.AddSingleton<ContentAccessProvider>();
        services.AddSingleton<IContentAccessProvider>(provider => provider.GetRequiredService<ContentAccessProvider>());
        services.AddSingleton<IStartupTask, AdminAccountTask>();
        services.AddSingleton<IRecipeStep, RolesRecipeStep>();
        services.AddSingleton<IRecipeStep, UsersRecipeStep>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<IPeopleDirectory>(provider => provider.GetRequiredService<PeopleDirectory>());
        services.AddSingleton<IAdminMenu, AdminMenu>();
    }

    public void Configure(WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
