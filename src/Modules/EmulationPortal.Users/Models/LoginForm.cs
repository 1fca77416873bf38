using System.ComponentModel.DataAnnotations;
using EmulationPortal.Users.Controllers.Admin;

namespace EmulationPortal.Users.Models;

/// <summary>A missing field gets the same answer as a wrong password, so no answer tells more than another.</summary>
public sealed class LoginForm
{
    [Required(ErrorMessage = AccountController.LoginFailed)]
    public string? UserName { get; set; }

    /// <summary>Typed as it is: a password of spaces is tried, not refused before the attempt.</summary>
    [Required(AllowEmptyStrings = true, ErrorMessage = AccountController.LoginFailed)]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
