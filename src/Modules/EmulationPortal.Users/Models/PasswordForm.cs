namespace EmulationPortal.Users.Models;

public sealed class PasswordForm
{
    public string CurrentPassword { get; set; } = "";
    public string NewPassword { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
    public IReadOnlyList<string> Errors { get; set; } = [];
}
