using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Users.Models;

namespace EmulationPortal.Users.Recipes;

/// <summary>
/// The <c>Roles</c> step. The portal's roles are fixed (Administrator, Staff; Editor and Reviewer
/// are per cluster), so importing checks that the recipe asks for no role this portal lacks.
/// </summary>
public sealed class RolesRecipeStep : IRecipeStep
{
    public string Name => "Roles";

    public int Order => 30;

    public Task ImportAsync(RecipeStepContext context)
    {
        foreach (var (role, path) in context.StepObjects("roles", "name", "displayName"))
        {
            var name = context.String(role, "name", path);
            if (!PortalRoles.All.Contains(name))
            {
                throw context.Error($"{path}.name", $"'{name}' is not a role of this portal ({string.Join(", ", PortalRoles.All)})");
            }
        }
        return Task.CompletedTask;
    }

    public Task<JsonObject?> ExportAsync(RecipeExportContext context) =>
        Task.FromResult<JsonObject?>(new JsonObject
        {
            ["name"] = Name,
            ["roles"] = new JsonArray(PortalRoles.All
                .Select(role => (JsonNode)new JsonObject { ["name"] = role, ["displayName"] = PortalRoles.DisplayName(role) })
                .ToArray()),
        });
}
