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
