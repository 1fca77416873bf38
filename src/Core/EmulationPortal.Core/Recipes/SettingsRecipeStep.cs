using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Media;

namespace EmulationPortal.Core.Recipes;

/// <summary>
/// The <c>Settings</c> step: every other property of the step is a site setting. The logo is a file, named by its
/// path beside the recipe (exported under <c>media/</c>), so a site moved elsewhere keeps it.
/// </summary>
public sealed class SettingsRecipeStep(IMediaLibrary library, IMediaStore media) : IRecipeStep
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
            var setting = text.GetValue<string>();
            if (name == SiteSettings.Logo && setting.Length > 0)
            {
                var stored = await RecipeMediaFiles.ImportAsync(context, name, setting, RecipeMediaFiles.Resolve(context, name, setting), library);
                setting = stored.Kind == MediaKind.Image ? stored.Key : throw context.Error(name, $"the file '{setting}' is not an image");
            }
            await SiteSettings.SetAsync(context.Session, name, setting);
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var settings = await SiteSettings.PublicSettingsAsync(context.Session);
        if (settings.Count == 0)
        {
            return null;
        }
        if (settings.GetValueOrDefault(SiteSettings.Logo) is { Length: > 0 } logo && media.Describe(logo) is null)
        {
            throw new RecipeException($"Step {Name}, {SiteSettings.Logo}: the file {logo} is missing from the media store; upload the logo again or clear it.");
        }
        var step = new JsonObject { ["name"] = Name };
        foreach (var (name, value) in settings)
        {
            step[name] = name == SiteSettings.Logo && value.Length > 0 ? await RecipeMediaFiles.ExportAsync(context, media, value) : value;
        }
        return step;
    }
}
