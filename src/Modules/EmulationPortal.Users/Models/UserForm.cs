using System.ComponentModel.DataAnnotations;
using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Users.Models;

/// <summary>The create and edit form of an account; passwords are never sent back to the browser.</summary>
/// <remarks>Text is trimmed as it is bound, so the checks and the page shown again see what will be stored.</remarks>
public class UserForm
{
    private string? _userName;
    private string? _displayName;
    private string? _email;

    public string? Id { get; set; }

    [Required(ErrorMessage = "Chưa nhập tên đăng nhập.")]
    [StringLength(100, ErrorMessage = "Tên đăng nhập dài quá 100 ký tự.")]
    public string? UserName { get => _userName; set => _userName = value?.Trim(); }

    [Required(ErrorMessage = "Chưa nhập họ tên hiển thị.")]
    [StringLength(200, ErrorMessage = "Họ tên hiển thị dài quá 200 ký tự.")]
    public string? DisplayName { get => _displayName; set => _displayName = Trimmed(value); }

    [MailAddress]
    public string? Email { get => _email; set => _email = Trimmed(value); }

    public virtual string? Password { get; set; }

    [CustomValidation(typeof(UserForm), nameof(CheckConfirmation))]
    public string? ConfirmPassword { get; set; }

    public List<string> Roles { get; set; } = [];

    /// <summary>Cluster id → "Editor", "Reviewer", or empty for no role in that cluster.</summary>
    public Dictionary<string, string?> Clusters { get; set; } = [];

    [BindNever]
    public IReadOnlyList<ClusterSummary> ClusterOptions { get; set; } = [];
    [BindNever]
    public DateTime? LockedOutUntilUtc { get; set; }
    [BindNever]
    public bool IsSelf { get; set; }

    public bool IsNew => Id is null;

    /// <summary>A new account cannot be saved without a password; an existing one keeps its own when none is typed.</summary>
    protected virtual bool PasswordRequired => false;

    public string? RoleIn(string clusterId) => Clusters.GetValueOrDefault(clusterId);

    /// <summary>A missing password is said once, not also as a mismatch.</summary>
    public static ValidationResult? CheckConfirmation(string? confirmation, ValidationContext context)
    {
        var form = (UserForm)context.ObjectInstance;
        if (form.PasswordRequired && string.IsNullOrEmpty(form.Password))
        {
            return ValidationResult.Success;
        }
        return (form.Password ?? "") == (confirmation ?? "")
            ? ValidationResult.Success
            : new ValidationResult("Mật khẩu nhập lại không khớp.");
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
