using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.Clusters.Recipes;

/// <summary>The <c>Units</c> step: member organisations, by id.</summary>
public sealed class UnitsRecipeStep : IRecipeStep
{
    public string Name => "Units";

    public int Order => 10;

    public async Task ImportAsync(RecipeStepContext context)
    {
        foreach (var (unit, path) in context.StepObjects("units", "id", "name", "province"))
        {
            await context.Connection.ExecuteAsync("""
                INSERT INTO units (id, name, province) VALUES (@id, @name, @province)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, province = excluded.province
                """,
                new
                {
                    id = context.String(unit, "id", path),
                    name = context.String(unit, "name", path),
                    province = context.OptionalString(unit, "province", path),
                },
                context.Transaction);
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var units = (await context.Connection.QueryAsync<Unit>(
            "SELECT id AS Id, name AS Name, province AS Province FROM units ORDER BY id", transaction: context.Transaction)).AsList();
        if (units.Count == 0)
        {
            return null;
        }
        var list = new JsonArray();
        foreach (var unit in units)
        {
            var node = new JsonObject { ["id"] = unit.Id, ["name"] = unit.Name };
            if (unit.Province is not null)
            {
                node["province"] = unit.Province;
            }
            list.Add(node);
        }
        return new JsonObject { ["name"] = Name, ["units"] = list };
    }
}
