using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Users.Models;

/// <summary>The create and edit form of an account; passwords are never sent back to the browser.</summary>
public sealed class UserForm
{
    public string? Id { get; set; }
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Password { get; set; }
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
    [BindNever]
    public Dictionary<string, List<string>> Errors { get; set; } = [];

    public bool IsNew => Id is null;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void AddError(string field, string message)
    {
        if (!Errors.TryGetValue(field, out var messages))
        {
            Errors[field] = messages = [];
        }
        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }

    public string? RoleIn(string clusterId) => Clusters.GetValueOrDefault(clusterId);
}
