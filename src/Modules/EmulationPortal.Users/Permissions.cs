namespace EmulationPortal.Users;

/// <summary>
/// The portal-wide roles; what a person may do in a cluster comes with their cluster assignments
/// (Editor, Reviewer) and is decided by <see cref="Core.Content.ContentAccess"/>.
/// </summary>
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
