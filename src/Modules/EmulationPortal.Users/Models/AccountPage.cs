namespace EmulationPortal.Users.Models;

/// <summary>The signed-in person's own page: who they are and how they hear of their reviews.</summary>
public sealed record AccountPage(string UserName, string? DisplayName, string? Email, bool EmailNotifications);

/// <summary>What the person may change on their own page.</summary>
public sealed class AccountForm
{
    /// <summary>An unticked box is not posted at all, so absent means off.</summary>
    public bool EmailNotifications { get; set; }
}
