using System.Globalization;
using System.Text.Json.Nodes;
using EmulationPortal.Calendar.Services;
using EmulationPortal.Core.Calendar;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.Calendar.Recipes;

/// <summary>
/// The <c>AnnouncedDays</c> step: <c>{ "name": "AnnouncedDays", "days": [ { "date": "2025-05-02", "dayOff": true,
/// "name": "Nghỉ hoán đổi" } ] }</c>, the days the years' notices add or swap, so a site moved keeps its working days.
/// </summary>
public sealed class AnnouncedDaysRecipeStep(IChangeFeed changes) : IRecipeStep
{
    public string Name => "AnnouncedDays";

    public int Order => 60;

    public async Task ImportAsync(RecipeStepContext context)
    {
        foreach (var (node, path) in context.StepObjects("days", "date", "dayOff", "name"))
        {
            var text = context.String(node, "date", path);
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw context.Error($"{path}.date", $"'{text}' is not a date (yyyy-MM-dd)");
            }
            await AnnouncedDays.SetAsync(context.Session, changes,
                new AnnouncedDay(date, context.OptionalBool(node, "dayOff", path, fallback: true), context.String(node, "name", path)));
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var days = await AnnouncedDays.ListAsync(context.Session);
        return days.Count == 0 ? null : new JsonObject
        {
            ["name"] = Name,
            ["days"] = new JsonArray(days.Select(d => (JsonNode)new JsonObject
            {
                ["date"] = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["dayOff"] = d.IsDayOff,
                ["name"] = d.Name,
            }).ToArray()),
        };
    }
}
