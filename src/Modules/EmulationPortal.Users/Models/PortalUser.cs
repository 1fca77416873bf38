namespace EmulationPortal.Users.Models;

public sealed class PortalUser
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string Staff = "Staff";
}
