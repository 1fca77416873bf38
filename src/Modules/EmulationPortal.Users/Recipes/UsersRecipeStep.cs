using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Users.Models;
using EmulationPortal.Users.Services;
using Microsoft.AspNetCore.Identity;

namespace EmulationPortal.Users.Recipes;

/// <summary>
/// The <c>Users</c> step: accounts with their roles and cluster assignments, matched by user name.
/// A <c>password</c> is hashed on import and never exported; <c>passwordHash</c> is exported only
/// when asked for, so that a site can move with its accounts.
/// </summary>
public sealed class UsersRecipeStep(IPasswordHasher<PortalUser> hasher, TimeProvider clock, IClusterDirectory directory) : IRecipeStep
{
    public string Name => "Users";

    public int Order => 40;

    public async Task ImportAsync(RecipeStepContext context)
    {
        foreach (var (node, path) in context.StepObjects("users", "userName", "email", "displayName", "password", "passwordHash", "roles", "clusters",
            "emailNotifications"))
        {
            var userName = context.String(node, "userName", path);
            var password = context.OptionalString(node, "password", path);
            var passwordHash = context.OptionalString(node, "passwordHash", path);
            if (password is not null && passwordHash is not null)
            {
                throw context.Error($"{path}.password", "give either a password or a passwordHash, not both");
            }
            var roles = ReadRoles(context, node, path);
            // Absent keeps what the person chose (on for a new account): a recipe written by hand need not know of it.
            bool? emailNotifications = node.ContainsKey("emailNotifications")
                ? context.OptionalBool(node, "emailNotifications", path, fallback: true)
                : null;
            var clusters = await ReadClustersAsync(context, node, path);

            var id = await context.Connection.ExecuteScalarAsync<string?>(
                "SELECT id FROM users WHERE normalized_user_name = @normalized",
                new { normalized = PortalUserStore.Normalize(userName) }, context.Transaction) ?? Guid.NewGuid().ToString("N");
            var hash = password is null ? passwordHash : hasher.HashPassword(new PortalUser { Id = id, UserName = userName }, password);
            await context.Connection.ExecuteAsync("""
                INSERT INTO users (id, user_name, normalized_user_name, email, display_name, password_hash, security_stamp, created_utc,
                    email_notifications)
                VALUES (@id, @userName, @normalized, @email, @displayName, @hash, @stamp, @now, COALESCE(@emailNotifications, TRUE))
                ON CONFLICT (id) DO UPDATE SET user_name = excluded.user_name, email = excluded.email, display_name = excluded.display_name,
                    email_notifications = COALESCE(@emailNotifications, users.email_notifications),
                    password_hash = COALESCE(excluded.password_hash, users.password_hash),
                    security_stamp = CASE WHEN excluded.password_hash IS NULL THEN users.security_stamp ELSE excluded.security_stamp END
                """,
                new
                {
                    id,
                    userName,
                    normalized = PortalUserStore.Normalize(userName),
                    email = context.OptionalString(node, "email", path),
                    displayName = context.OptionalString(node, "displayName", path),
                    hash,
                    stamp = Guid.NewGuid().ToString("N"),
                    now = clock.GetUtcNow().UtcDateTime,
                    emailNotifications,
                },
                context.Transaction);
            await context.Connection.ExecuteAsync("DELETE FROM user_roles WHERE user_id = @id", new { id }, context.Transaction);
            foreach (var role in roles)
            {
                await context.Connection.ExecuteAsync("INSERT INTO user_roles (user_id, role) VALUES (@id, @role)", new { id, role }, context.Transaction);
            }
            await context.Connection.ExecuteAsync("DELETE FROM user_clusters WHERE user_id = @id", new { id }, context.Transaction);
            foreach (var (cluster, role) in clusters)
            {
                await context.Connection.ExecuteAsync(
                    "INSERT INTO user_clusters (user_id, cluster_id, role) VALUES (@id, @cluster, @role)",
                    new { id, cluster, role = role.ToString() }, context.Transaction);
            }
        }
    }

    private static List<string> ReadRoles(RecipeStepContext context, JsonObject node, string path)
    {
        var roles = new List<string>();
        var list = context.Array(node, "roles", path, required: false);
        for (var r = 0; r < list.Count; r++)
        {
            var role = list[r] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            if (role is null || !PortalRoles.All.Contains(role))
            {
                throw context.Error($"{path}.roles[{r}]", $"must be one of {string.Join(", ", PortalRoles.All)}");
            }
            roles.Add(role);
        }
        return roles.Distinct().ToList();
    }

    private async Task<Dictionary<string, ClusterRole>> ReadClustersAsync(RecipeStepContext context, JsonObject node, string path)
    {
        var clusters = new Dictionary<string, ClusterRole>();
        var list = context.Array(node, "clusters", path, required: false);
        for (var c = 0; c < list.Count; c++)
        {
            var itemPath = $"{path}.clusters[{c}]";
            var item = context.Object(list[c], itemPath);
            context.Disallow(item, itemPath, "cluster", "role");
            var cluster = context.String(item, "cluster", itemPath);
            var roleText = context.String(item, "role", itemPath);
            if (!Enum.TryParse<ClusterRole>(roleText, out var role) || !Enum.IsDefined(role))
            {
                throw context.Error($"{itemPath}.role", "must be Editor or Reviewer");
            }
            if (!await directory.ExistsAsync(context.Session, cluster))
            {
                throw context.Error($"{itemPath}.cluster", $"no cluster has the id '{cluster}'");
            }
            if (!clusters.TryAdd(cluster, role))
            {
                throw context.Error($"{itemPath}.cluster", $"'{cluster}' is listed twice");
            }
        }
        return clusters;
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var users = (await context.Connection.QueryAsync<(string Id, string UserName, string? Email, string? DisplayName, string? PasswordHash,
            bool EmailNotifications)>(
            "SELECT id, user_name, email, display_name, password_hash, email_notifications FROM users ORDER BY user_name",
            transaction: context.Transaction)).AsList();
        if (users.Count == 0)
        {
            return null;
        }
        var roles = (await context.Connection.QueryAsync<(string UserId, string Role)>(
            "SELECT user_id, role FROM user_roles ORDER BY role", transaction: context.Transaction)).ToLookup(r => r.UserId, r => r.Role);
        var clusters = (await context.Connection.QueryAsync<(string UserId, string ClusterId, string Role)>(
            "SELECT user_id, cluster_id, role FROM user_clusters ORDER BY cluster_id", transaction: context.Transaction)).ToLookup(c => c.UserId);
        var list = new JsonArray();
        foreach (var user in users)
        {
            var node = new JsonObject { ["userName"] = user.UserName, ["email"] = user.Email, ["displayName"] = user.DisplayName };
            // Written only when turned off, the one case that differs from a new account.
            if (!user.EmailNotifications)
            {
                node["emailNotifications"] = false;
            }
            if (context.IncludePasswordHashes && user.PasswordHash is not null)
            {
                node["passwordHash"] = user.PasswordHash;
            }
            node["roles"] = new JsonArray(roles[user.Id].Select(r => (JsonNode)JsonValue.Create(r)!).ToArray());
            node["clusters"] = new JsonArray(clusters[user.Id]
                .Select(c => (JsonNode)new JsonObject { ["cluster"] = c.ClusterId, ["role"] = c.Role }).ToArray());
            list.Add(node);
        }
        return new JsonObject { ["name"] = Name, ["users"] = list };
    }
}
