namespace EmulationPortal.Users.Models;

public sealed class PortalUser
{
    /// <summary>The lockout end of an account an administrator locked: until they unlock it.</summary>
    public static readonly DateTime LockedIndefinitely = new(9999, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = "";
    public DateTime? LockoutEndUtc { get; set; }
    public int AccessFailedCount { get; set; }
    public bool LockoutEnabled { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
}

public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string Staff = "Staff";

    public static readonly IReadOnlyList<string> All = [Administrator, Staff];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        Staff => "Cán bộ Ban Thi đua – Khen thưởng",
        _ => role,
    };
}
