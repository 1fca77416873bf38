using System.ComponentModel.DataAnnotations;

namespace EmulationPortal.Users.Models;

/// <summary>The form that creates an account: the same fields, and a password is required.</summary>
public sealed class NewUserForm : UserForm
{
    [Required(ErrorMessage = "Chưa nhập mật khẩu.")]
    public override string? Password { get; set; }

    protected override bool PasswordRequired => true;
}
