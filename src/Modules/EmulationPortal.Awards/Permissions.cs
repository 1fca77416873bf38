using EmulationPortal.Mvc.Admin;
using Microsoft.AspNetCore.Authorization;

namespace EmulationPortal.Awards;

/// <summary>
/// Who keeps the register: linking names met in decisions to units is the emulation board's work (Staff and
/// Administrators); the catalogue of award kinds is the administrators' (<c>[AdministratorsOnly]</c>).
/// </summary>
public static class AwardsPermissions
{
    /// <summary>The authorization policy of the register's admin pages: Staff or Administrator.</summary>
    public const string ManageRegister = "awards-manage-register";

    public static AuthorizationPolicy Build() => ContentAccessRequirement.Policy(access => access.SeesAllClusters);
}
