using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Core.Content;

/// <summary>The <c>Content</c> recipe step: items of every content type, with their files.</summary>
public sealed partial class ContentRecipeStep(ContentStore store, ContentTypeRegistry types, IClusterDirectory clusters,
    IMediaLibrary library, IMediaStore media) : IRecipeStep
{
    private static readonly string[] CommonFields =
        ["type", "id", "cluster", "title", "slug", "status", "author", "created", "modified", "published"];

    
    public string Name => "Content";

    public int Order => 100;

    public async Task ImportAsync(RecipeStepContext context)
    {
        context.Disallow(context.Step, "", "name", "items");
        var items = context.Array(context.Step, "items", "");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"items[{i}]";
            var item = context.Object(items[i], path);
            var input = await ReadItemAsync(context, item, path);
            if (!seen.Add(input.Id))
            {
                throw context.Error($"{path}.id", $"'{input.Id}' appears twice in this recipe");
            }
            try
            {
                await store.SaveAsync(context.Connection, context.Transaction, input);
            }
            catch (DuplicateSlugException e)
            {
                throw context.Error($"{path}.slug", e.Message);
            }
        }
    }

    private async Task<ContentItemInput> ReadItemAsync(RecipeStepContext context, JsonObject item, string path)
    {
        var typeName = context.String(item, "type", path);
        var type = types.Find(typeName)
            ?? throw context.Error($"{path}.type", $"'{typeName}' is not a content type ({string.Join(", ", types.All.Select(t => t.Name))})");
        var id = context.String(item, "id", path);
        if (!IdPattern().IsMatch(id))
        {
            throw context.Error($"{path}.id", $"'{id}' may contain only lower-case letters, digits, '-' and '_'");
        }
        var clusterId = context.String(item, "cluster", path);
        if (!await clusters.ExistsAsync(context.Connection, context.Transaction, clusterId))
        {
            throw context.Error($"{path}.cluster", $"no cluster has the id '{clusterId}'");
        }
        var title = context.String(item, "title", path);
        var slug = context.OptionalString(item, "slug", path) ?? Slug.From(title);
        if (!Slug.IsValid(slug))
        {
            throw context.Error($"{path}.slug", $"'{slug}' is not a valid slug (lower-case a-z, 0-9 and '-')");
        }
        var statusText = context.OptionalString(item, "status", path) ?? nameof(ContentStatus.Draft);
        if (!Enum.TryParse<ContentStatus>(statusText, ignoreCase: false, out var status) || !Enum.IsDefined(status))
        {
            throw context.Error($"{path}.status", $"'{statusText}' is not one of {string.Join(", ", Enum.GetNames<ContentStatus>())}");
        }
        var now = DateTime.UtcNow;
        var created = context.OptionalTimestamp(item, "created", path) ?? now;
        var modified = context.OptionalTimestamp(item, "modified", path) ?? created;
        var published = context.OptionalTimestamp(item, "published", path);

        var data = ReadData(context, type, item, path);
        await StoreFilesAsync(context, data, path);
        return new ContentItemInput(id, type.Name, clusterId, title, slug, status,
            context.OptionalString(item, "author", path) ?? "admin", created, modified, published, data);
    }

    private static ContentData ReadData(RecipeStepContext context, IContentType type, JsonObject item, string path)
    {
        var fields = new JsonObject();
        foreach (var (key, value) in item.Where(p => !CommonFields.Contains(p.Key)))
        {
            fields[key] = value?.DeepClone();
        }
        ContentData data;
        try
        {
            data = (ContentData)(fields.Deserialize(type.DataType, ContentJson.Options)
                ?? throw context.Error(path, "has no fields"));
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 1 } jsonPath ? jsonPath.TrimStart('$').TrimStart('.') : "";
            throw context.Error(field.Length == 0 ? path : $"{path}.{field}", Explain(e, type.DataType));
        }
        var errors = new ValidationErrors();
        data.Validate(errors);
        if (errors.Any)
        {
            var (field, message) = errors.All[0];
            throw context.Error($"{path}.{field}", message);
        }
        return data;
    }

    private async Task StoreFilesAsync(RecipeStepContext context, ContentData data, string path)
    {
        var baseDirectory = Path.GetFullPath(context.BaseDirectory) + Path.DirectorySeparatorChar;
        foreach (var (field, file) in data.MediaFiles)
        {
            var fieldPath = $"{path}.{field}";
            var fullPath = Path.GetFullPath(Path.Combine(baseDirectory, file.File));
            if (!fullPath.StartsWith(baseDirectory, StringComparison.Ordinal))
            {
                throw context.Error(fieldPath, $"the file '{file.File}' lies outside the recipe's folder");
            }
            if (!File.Exists(fullPath))
            {
                throw context.Error(fieldPath, $"the file '{file.File}' does not exist");
            }
            try
            {
                await using var stream = File.OpenRead(fullPath);
                file.File = (await library.AddAsync(stream, Path.GetFileName(fullPath), context.Connection, context.Transaction)).Key;
            }
            catch (MediaRejectedException e)
            {
                throw context.Error(fieldPath, $"the file '{file.File}' was refused: {e.Message}");
            }
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var records = await store.ListLatestAsync(context.Connection, context.Transaction);
        if (records.Count == 0)
        {
            return null;
        }
        var items = new JsonArray();
        foreach (var record in records)
        {
            var data = types.Deserialize(record.Type, record.Data);
            foreach (var (_, file) in data.MediaFiles)
            {
                file.File = await ExportFileAsync(context, file.File);
            }
            var item = new JsonObject
            {
                ["type"] = record.Type,
                ["id"] = record.Id,
                ["cluster"] = record.ClusterId,
                ["title"] = record.Title,
                ["slug"] = record.Slug,
                ["status"] = record.Status.ToString(),
                ["author"] = record.Author,
                ["created"] = RecipeReader.Timestamp(record.CreatedUtc),
                ["modified"] = RecipeReader.Timestamp(record.ModifiedUtc),
            };
            if (record.PublishedUtc is { } published)
            {
                item["published"] = RecipeReader.Timestamp(published);
            }
            foreach (var (key, value) in JsonSerializer.SerializeToNode(data, data.GetType(), ContentJson.Options)!.AsObject())
            {
                item[key] = value?.DeepClone();
            }
            items.Add(item);
        }
        return new JsonObject { ["name"] = Name, ["items"] = items };
    }

    private async Task<string> ExportFileAsync(RecipeExportContext context, string key)
    {
        var relative = $"media/{key}";
        var target = Path.Combine(context.BaseDirectory, "media", key);
        if (!File.Exists(target))
        {
            await using var source = media.OpenRead(key) ?? throw new InvalidOperationException($"Media file {key} is missing from the store.");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var output = File.Create(target);
            await source.CopyToAsync(output);
        }
        return relative;
    }

    /// <summary>Says what the field should hold, in the recipe's terms rather than .NET's.</summary>
    private static string Explain(JsonException exception, Type dataType)
    {
        var message = exception.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "is not a known field";
        }
        var target = ConvertedTo().Match(message).Groups["type"].Value;
        if (target.Contains("System.DateOnly", StringComparison.Ordinal))
        {
            return "must be a date written yyyy-MM-dd";
        }
        if (target.Contains("System.Int32", StringComparison.Ordinal))
        {
            return "must be a whole number";
        }
        if (target.StartsWith("System.String", StringComparison.Ordinal))
        {
            return "must be text";
        }
        if (target.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal))
        {
            return "must be a list";
        }
        if (dataType.Assembly.GetType(target) is { IsEnum: true } enumType)
        {
            return $"must be one of {string.Join(", ", Enum.GetNames(enumType))}";
        }
        return "has a value of the wrong kind";
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^\s.]+(\.[^\s.]+)*)")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$")]
    private static partial Regex IdPattern();
}
