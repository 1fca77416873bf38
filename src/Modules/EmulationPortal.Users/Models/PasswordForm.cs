using System.ComponentModel.DataAnnotations;

namespace EmulationPortal.Users.Models;

/// <summary>Empty fields are left to Identity, whose answer (a wrong current password, a weak new one) says more.</summary>
public sealed class PasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }

    [Compare(nameof(NewPassword), ErrorMessage = "Mật khẩu mới nhập lại không khớp.")]
    public string? ConfirmPassword { get; set; }
}
