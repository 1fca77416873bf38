using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.Clusters.Recipes;

/// <summary>The <c>Units</c> step: member organisations, by id.</summary>
public sealed class UnitsRecipeStep(IUnitDirectory directory) : IRecipeStep
{
    public string Name => "Units";

    public int Order => 10;

    public async Task ImportAsync(RecipeStepContext context)
    {
        foreach (var (unit, path) in context.StepObjects("units", "id", "name", "province", "aliases"))
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
            foreach (var alias in context.Strings(unit, "aliases", path))
            {
                await directory.AddAliasAsync(context.Session, context.String(unit, "id", path), alias);
            }
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
        var aliases = (await context.Connection.QueryAsync<(string UnitId, string Name)>(
            "SELECT unit_id, name FROM unit_aliases ORDER BY unit_id, name", transaction: context.Transaction)).ToLookup(a => a.UnitId, a => a.Name);
        var list = new JsonArray();
        foreach (var unit in units)
        {
            var node = new JsonObject { ["id"] = unit.Id, ["name"] = unit.Name };
            if (unit.Province is not null)
            {
                node["province"] = unit.Province;
            }
            if (aliases.Contains(unit.Id))
            {
                node["aliases"] = new JsonArray(aliases[unit.Id].Select(a => (JsonNode?)a).ToArray());
            }
            list.Add(node);
        }
        return new JsonObject { ["name"] = Name, ["units"] = list };
    }
}
