using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationPortal.Core.Recipes;

/// <summary>Typed reads of a step's JSON, each failure naming the field it is about.</summary>
public static class RecipeReader
{
    public static JsonArray Array(this RecipeStepContext context, JsonObject node, string property, string path, bool required = true)
    {
        var value = node[property];
        if (value is null)
        {
            return required ? throw context.Error(Join(path, property), "is required") : [];
        }
        return value as JsonArray ?? throw context.Error(Join(path, property), "must be a list");
    }

    /// <summary>An optional list of texts, blank ones left out.</summary>
    public static IReadOnlyList<string> Strings(this RecipeStepContext context, JsonObject node, string property, string path)
    {
        var list = Array(context, node, property, path, required: false);
        var texts = new List<string>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                throw context.Error($"{Join(path, property)}[{i}]", "must be text");
            }
            if (v.GetValue<string>().Trim() is { Length: > 0 } text)
            {
                texts.Add(text);
            }
        }
        return texts;
    }

    public static JsonObject Object(this RecipeStepContext context, JsonNode? node, string path) =>
        node as JsonObject ?? throw context.Error(path, "must be an object");

    public static string String(this RecipeStepContext context, JsonObject node, string property, string path) =>
        OptionalString(context, node, property, path) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw context.Error(Join(path, property), "is required");

    public static string? OptionalString(this RecipeStepContext context, JsonObject node, string property, string path)
    {
        var value = node[property];
        if (value is null)
        {
            return null;
        }
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>().Trim()
            : throw context.Error(Join(path, property), "must be text");
    }

    public static int? OptionalInt(this RecipeStepContext context, JsonObject node, string property, string path)
    {
        var value = node[property];
        if (value is null)
        {
            return null;
        }
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var number)
            ? number
            : throw context.Error(Join(path, property), "must be a whole number");
    }

    public static bool OptionalBool(this RecipeStepContext context, JsonObject node, string property, string path, bool fallback)
    {
        var value = node[property];
        if (value is null)
        {
            return fallback;
        }
        return value.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw context.Error(Join(path, property), "must be true or false"),
        };
    }

    public static DateTime? OptionalTimestamp(this RecipeStepContext context, JsonObject node, string property, string path)
    {
        var text = OptionalString(context, node, property, path);
        if (text is null)
        {
            return null;
        }
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : throw context.Error(Join(path, property), $"'{text}' is not an ISO 8601 date and time");
    }

    public static void Disallow(this RecipeStepContext context, JsonObject node, string path, params string[] known)
    {
        var unknown = node.Select(p => p.Key).FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw context.Error(Join(path, unknown), "is not a known field");
        }
    }

    /// <summary>
    /// The objects of a list, each with its path for errors ("units[2]", "clusters[0].terms[1]"), after
    /// refusing any field an object does not know: the loop every list of a step begins with.
    /// </summary>
    public static IEnumerable<(JsonObject Node, string Path)> Objects(this RecipeStepContext context, JsonObject node, string property, string path,
        bool required, params string[] known)
    {
        var list = context.Array(node, property, path, required);
        for (var i = 0; i < list.Count; i++)
        {
            var itemPath = $"{Join(path, property)}[{i}]";
            var item = context.Object(list[i], itemPath);
            context.Disallow(item, itemPath, known);
            yield return (item, itemPath);
        }
    }

    /// <summary>The one list a step holds beside its name (<c>{"name": "Units", "units": [...]}</c>), object by object.</summary>
    public static IEnumerable<(JsonObject Node, string Path)> StepObjects(this RecipeStepContext context, string property, params string[] known)
    {
        context.Disallow(context.Step, "", "name", property);
        return context.Objects(context.Step, property, "", required: true, known);
    }

    public static string Join(string path, string property) => path.Length == 0 ? property : $"{path}.{property}";

    /// <summary>To the microsecond: what PostgreSQL keeps, so a site exports alike from either engine.</summary>
    public static string Timestamp(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFZ", CultureInfo.InvariantCulture);
}
