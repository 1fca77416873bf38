namespace EmulationPortal.Users.Models;

public sealed class LoginForm
{
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    public string? ReturnUrl { get; set; }
    public string? Error { get; set; }
}
