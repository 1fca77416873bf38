using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Content;

namespace EmulationPortal.Core.Recipes;

/// <summary>The <c>Settings</c> step: every other property of the step is a site setting.</summary>
public sealed class SettingsRecipeStep : IRecipeStep
{
    public string Name => "Settings";

    public int Order => 0;

    public async Task ImportAsync(RecipeStepContext context)
    {
        foreach (var (name, value) in context.Step.Where(p => p.Key != "name"))
        {
            if (name.StartsWith(SiteSettings.SystemPrefix, StringComparison.Ordinal))
            {
                throw context.Error(name, "is reserved for the portal itself");
            }
            if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
            {
                throw context.Error(name, "must be text");
            }
            await SiteSettings.SetAsync(context.Session, name, text.GetValue<string>());
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var settings = await SiteSettings.PublicSettingsAsync(context.Session);
        if (settings.Count == 0)
        {
            return null;
        }
        var step = new JsonObject { ["name"] = Name };
        foreach (var (name, value) in settings)
        {
            step[name] = value;
        }
        return step;
    }
}
