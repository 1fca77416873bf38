using System.Text.Json.Nodes;
using EmulationPortal.Awards.Models;
using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.Awards.Recipes;

/// <summary>The <c>AwardKinds</c> step: the catalogue of award kinds with the spellings decisions use.</summary>
public sealed class AwardKindsRecipeStep : IRecipeStep
{
    public string Name => "AwardKinds";

    // Before the content, so the decisions a recipe brings find their kinds.
    public int Order => 50;

    public async Task ImportAsync(RecipeStepContext context)
    {
        context.Disallow(context.Step, "", "name", "kinds");
        var kinds = context.Array(context.Step, "kinds", "");
        for (var i = 0; i < kinds.Count; i++)
        {
            var path = $"kinds[{i}]";
            var node = context.Object(kinds[i], path);
            context.Disallow(node, path, "id", "name", "level", "form", "recipientType", "spellings");
            var kind = new AwardKind(
                context.String(node, "id", path),
                context.String(node, "name", path),
                Parse<AwardLevel>(context, node, "level", path),
                Parse<AwardForm>(context, node, "form", path),
                context.OptionalString(node, "recipientType", path) is null ? null : Parse<RecipientType>(context, node, "recipientType", path),
                i)
            {
                Spellings = context.Strings(node, "spellings", path),
            };
            try
            {
                await AwardKindCatalogue.SaveAsync(context.Session, kind);
            }
            catch (AwardKindConflictException e)
            {
                throw context.Error($"{path}.spellings", e.Message);
            }
        }
        await AwardRegister.RelinkKindsAsync(context.Session);
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var kinds = await AwardKindCatalogue.ListAsync(context.Session);
        if (kinds.Count == 0)
        {
            return null;
        }
        var list = new JsonArray();
        foreach (var kind in kinds)
        {
            var node = new JsonObject
            {
                ["id"] = kind.Id,
                ["name"] = kind.Name,
                ["level"] = kind.Level.ToString(),
                ["form"] = kind.Form.ToString(),
            };
            if (kind.RecipientType is { } type)
            {
                node["recipientType"] = type.ToString();
            }
            if (kind.Spellings.Count > 0)
            {
                node["spellings"] = new JsonArray(kind.Spellings.Select(s => (JsonNode?)s).ToArray());
            }
            list.Add(node);
        }
        return new JsonObject { ["name"] = Name, ["kinds"] = list };
    }

    private static T Parse<T>(RecipeStepContext context, JsonObject node, string property, string path) where T : struct, Enum =>
        Enum.TryParse<T>(context.String(node, property, path), ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw context.Error(RecipeReader.Join(path, property), $"must be one of {string.Join(", ", Enum.GetNames<T>())}");
}
