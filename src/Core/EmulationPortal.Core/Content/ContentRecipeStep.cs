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
    [
        "type", "id", "cluster", "title", "slug", "status", "author", "created", "modified", "published",
        "publishedVersion", "versions", "history", "scheduledPublish", "scheduledBy",
    ];

    private static readonly string[] VersionFields = ["version", "title", "author", "created"];

    private static readonly string[] HistoryFields = ["version", "from", "to", "user", "comment", "at"];

    public string Name => "Content";

    public int Order => 100;

    public async Task ImportAsync(RecipeStepContext context)
    {
        context.Disallow(context.Step, "", "name", "items");
        var items = context.Array(context.Step, "items", "");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A file named by several versions (or items) is read and stored once.
        var storedFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"items[{i}]";
            var item = context.Object(items[i], path);
            var read = await ReadItemAsync(context, item, path, storedFiles);
            var input = read.Input;
            if (!seen.Add(input.Id))
            {
                throw context.Error($"{path}.id", $"'{input.Id}' appears twice in this recipe");
            }
            try
            {
                if (read.History is { } history)
                {
                    await store.WriteWithHistoryAsync(context.Session, history);
                }
                else
                {
                    await store.SaveAsync(context.Session, input);
                    if (read.ScheduledPublishUtc is { } at)
                    {
                        await store.SetScheduleAsync(context.Session, input.Id, at, read.ScheduledBy);
                    }
                }
            }
            catch (DuplicateSlugException e)
            {
                throw context.Error($"{path}.slug", e.Message);
            }
            catch (InvalidOperationException e) when (e.Message.StartsWith($"Item {input.Id} is a ", StringComparison.Ordinal))
            {
                throw context.Error($"{path}.type", e.Message);
            }
        }
    }

    /// <summary>An item as read: what today's format gives, and its whole history when the item carries versions.</summary>
    private sealed record ReadItem(ContentItemInput Input, ContentItemHistory? History, DateTime? ScheduledPublishUtc, string? ScheduledBy);

    /// <summary>The fields every item carries, read and checked before its data and versions.</summary>
    private sealed record ItemHeader(IContentType Type, string Id, string ClusterId, string Title, string Slug, ContentStatus Status,
        string? Author, DateTime? CreatedUtc, DateTime? ModifiedUtc, DateTime? PublishedUtc, DateTime? ScheduledPublishUtc, string? ScheduledBy);

    private async Task<ReadItem> ReadItemAsync(RecipeStepContext context, JsonObject item, string path, Dictionary<string, string> storedFiles)
    {
        var header = await ReadHeaderAsync(context, item, path);
        var data = ReadData(context, header.Type, item, path, CommonFields);
        return item["versions"] is null
            ? await ReadLatestOnlyAsync(context, item, path, header, data, storedFiles)
            : await ReadWithVersionsAsync(context, item, path, header, data, storedFiles);
    }

    private async Task<ItemHeader> ReadHeaderAsync(RecipeStepContext context, JsonObject item, string path)
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
        if (!await clusters.ExistsAsync(context.Session, clusterId))
        {
            throw context.Error($"{path}.cluster", $"no cluster has the id '{clusterId}'");
        }
        var title = context.String(item, "title", path);
        var slug = context.OptionalString(item, "slug", path) ?? Slug.From(title);
        if (!Slug.IsValid(slug))
        {
            throw context.Error($"{path}.slug", $"'{slug}' is not a valid slug (lower-case a-z, 0-9 and '-')");
        }
        var status = Status(context, context.OptionalString(item, "status", path) ?? nameof(ContentStatus.Draft), $"{path}.status")!.Value;
        var created = context.OptionalTimestamp(item, "created", path);
        var modified = context.OptionalTimestamp(item, "modified", path);
        var published = context.OptionalTimestamp(item, "published", path);
        var author = context.OptionalString(item, "author", path);
        var (scheduledPublish, scheduledBy) = ReadSchedule(context, item, path, status);
        return new ItemHeader(type, id, clusterId, title, slug, status, author, created, modified, published, scheduledPublish, scheduledBy);
    }

    private static (DateTime? At, string? By) ReadSchedule(RecipeStepContext context, JsonObject item, string path, ContentStatus status)
    {
        var scheduledPublish = context.OptionalTimestamp(item, "scheduledPublish", path);
        var scheduledBy = context.OptionalString(item, "scheduledBy", path);
        if (scheduledBy is not null && scheduledPublish is null)
        {
            throw context.Error($"{path}.scheduledBy", "is given without scheduledPublish");
        }
        if (scheduledPublish is not null && status is not (ContentStatus.Draft or ContentStatus.InReview))
        {
            throw context.Error($"{path}.scheduledPublish", $"only a Draft or InReview item can be scheduled (this one is {status})");
        }
        return (scheduledPublish, scheduledBy);
    }

    /// <summary>An item written in today's format only: it is saved as one version, as an editor would.</summary>
    private async Task<ReadItem> ReadLatestOnlyAsync(RecipeStepContext context, JsonObject item, string path, ItemHeader header,
        ContentData data, Dictionary<string, string> storedFiles)
    {
        foreach (var onlyWithVersions in new[] { "publishedVersion", "history" })
        {
            if (item[onlyWithVersions] is not null)
            {
                throw context.Error($"{path}.{onlyWithVersions}", "is only read together with versions");
            }
        }
        await StoreFilesAsync(context, data, path, storedFiles);
        var created = header.CreatedUtc ?? DateTime.UtcNow;
        var input = new ContentItemInput(header.Id, header.Type.Name, header.ClusterId, header.Title, header.Slug, header.Status,
            header.Author ?? "admin", created, header.ModifiedUtc ?? created, header.PublishedUtc, data);
        return new ReadItem(input, null, header.ScheduledPublishUtc, header.ScheduledBy);
    }

    /// <summary>An item carrying its versions and history, written back as they were.</summary>
    private async Task<ReadItem> ReadWithVersionsAsync(RecipeStepContext context, JsonObject item, string path, ItemHeader header,
        ContentData data, Dictionary<string, string> storedFiles)
    {
        var versions = ReadVersions(context, header.Type, item, path);
        var latest = versions[^1];
        RequireLatestVersion(context, path, header.Title, data, versions);
        var numbers = versions.Select(v => v.Version).ToHashSet();
        var publishedVersion = ReadPublishedVersion(context, item, path, header.Status, numbers, latest.Version);
        var transitions = ReadHistory(context, item, path, numbers);
        for (var v = 0; v < versions.Count; v++)
        {
            await StoreFilesAsync(context, versions[v].Data, $"{path}.versions[{v}]", storedFiles);
        }
        var modified = header.ModifiedUtc ?? latest.CreatedUtc;
        var input = new ContentItemInput(header.Id, header.Type.Name, header.ClusterId, header.Title, header.Slug, header.Status,
            header.Author ?? versions[0].Author, header.CreatedUtc ?? versions[0].CreatedUtc, modified,
            header.PublishedUtc ?? (publishedVersion is null ? null : modified), latest.Data);
        var history = new ContentItemHistory(input, versions, publishedVersion, transitions, header.ScheduledPublishUtc, header.ScheduledBy);
        return new ReadItem(input, history, header.ScheduledPublishUtc, header.ScheduledBy);
    }

    /// <summary>An item's own fields are its latest version: a recipe saying otherwise is ambiguous.</summary>
    private static void RequireLatestVersion(RecipeStepContext context, string path, string title, ContentData data, List<ContentVersionInput> versions)
    {
        var latest = versions[^1];
        var latestPath = $"{path}.versions[{versions.Count - 1}]";
        if (latest.Title != title)
        {
            throw context.Error($"{path}.title", $"differs from {latestPath}.title: an item's own fields are its latest version");
        }
        if (FirstDifference(data, latest.Data) is { } field)
        {
            throw context.Error($"{path}.{field}", $"differs from {latestPath}.{field}: an item's own fields are its latest version");
        }
    }

    /// <summary>The live version: as given, else the latest when the item is published, else none.</summary>
    private static int? ReadPublishedVersion(RecipeStepContext context, JsonObject item, string path, ContentStatus status,
        HashSet<int> numbers, int latestVersion)
    {
        var publishedVersion = context.OptionalInt(item, "publishedVersion", path);
        if (publishedVersion is not { } live)
        {
            return status == ContentStatus.Published ? latestVersion : null;
        }
        if (!numbers.Contains(live))
        {
            throw context.Error($"{path}.publishedVersion", $"{live} is not one of the item's versions");
        }
        if (status == ContentStatus.Archived)
        {
            throw context.Error($"{path}.publishedVersion", "an Archived item has no live version");
        }
        return live;
    }

    private static List<ContentVersionInput> ReadVersions(RecipeStepContext context, IContentType type, JsonObject item, string path)
    {
        var list = context.Array(item, "versions", path);
        if (list.Count == 0)
        {
            throw context.Error($"{path}.versions", "must list at least one version");
        }
        var versions = new List<ContentVersionInput>(list.Count);
        for (var v = 0; v < list.Count; v++)
        {
            var versionPath = $"{path}.versions[{v}]";
            var entry = context.Object(list[v], versionPath);
            var number = context.OptionalInt(entry, "version", versionPath) ?? throw context.Error($"{versionPath}.version", "is required");
            if (number < 1)
            {
                throw context.Error($"{versionPath}.version", "must be 1 or more");
            }
            if (versions.Count > 0 && number <= versions[^1].Version)
            {
                throw context.Error($"{versionPath}.version",
                    $"must be greater than the version before it ({versions[^1].Version}): versions are listed oldest first");
            }
            var title = context.String(entry, "title", versionPath);
            var author = context.String(entry, "author", versionPath);
            var created = context.OptionalTimestamp(entry, "created", versionPath) ?? throw context.Error($"{versionPath}.created", "is required");
            versions.Add(new ContentVersionInput(number, title, author, created, ReadData(context, type, entry, versionPath, VersionFields)));
        }
        return versions;
    }

    private static List<ContentTransitionInput> ReadHistory(RecipeStepContext context, JsonObject item, string path, HashSet<int> versions)
    {
        var list = context.Array(item, "history", path, required: false);
        var history = new List<ContentTransitionInput>(list.Count);
        for (var h = 0; h < list.Count; h++)
        {
            var stepPath = $"{path}.history[{h}]";
            var entry = context.Object(list[h], stepPath);
            context.Disallow(entry, stepPath, HistoryFields);
            var version = context.OptionalInt(entry, "version", stepPath) ?? throw context.Error($"{stepPath}.version", "is required");
            if (!versions.Contains(version))
            {
                throw context.Error($"{stepPath}.version", $"{version} is not one of the item's versions");
            }
            var from = context.OptionalString(entry, "from", stepPath) is { } fromText ? Status(context, fromText, $"{stepPath}.from") : null;
            var to = Status(context, context.String(entry, "to", stepPath), $"{stepPath}.to")!.Value;
            var user = context.String(entry, "user", stepPath);
            var comment = context.OptionalString(entry, "comment", stepPath);
            var at = context.OptionalTimestamp(entry, "at", stepPath) ?? throw context.Error($"{stepPath}.at", "is required");
            history.Add(new ContentTransitionInput(version, from, to, user, string.IsNullOrEmpty(comment) ? null : comment, at));
        }
        return history;
    }

    private static ContentStatus? Status(RecipeStepContext context, string text, string field) =>
        Enum.TryParse<ContentStatus>(text, ignoreCase: false, out var status) && Enum.IsDefined(status)
            ? status
            : throw context.Error(field, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<ContentStatus>())}");

    /// <summary>The first field whose value differs between two versions' data, or null when they are the same.</summary>
    private static string? FirstDifference(ContentData a, ContentData b)
    {
        var left = JsonSerializer.SerializeToNode(a, a.GetType(), ContentJson.Options)!.AsObject();
        var right = JsonSerializer.SerializeToNode(b, b.GetType(), ContentJson.Options)!.AsObject();
        return left.Select(p => p.Key).Union(right.Select(p => p.Key))
            .FirstOrDefault(key => !JsonNode.DeepEquals(left[key], right[key]));
    }

    private static ContentData ReadData(RecipeStepContext context, IContentType type, JsonObject item, string path, string[] ownFields)
    {
        var fields = new JsonObject();
        foreach (var (key, value) in item.Where(p => !ownFields.Contains(p.Key)))
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

    private async Task StoreFilesAsync(RecipeStepContext context, ContentData data, string path, Dictionary<string, string> storedFiles)
    {
        foreach (var (field, file) in data.MediaFiles)
        {
            var fieldPath = $"{path}.{field}";
            var fullPath = RecipeMediaFiles.Resolve(context, fieldPath, file.File);
            if (!storedFiles.TryGetValue(fullPath, out var key))
            {
                key = (await RecipeMediaFiles.ImportAsync(context, fieldPath, file.File, fullPath, library)).Key;
                storedFiles[fullPath] = key;
            }
            file.File = key;
        }
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var records = await store.ListLatestAsync(context.Connection, context.Transaction);
        if (records.Count == 0)
        {
            return null;
        }
        var versions = await store.ListAllVersionsAsync(context.Connection, context.Transaction);
        RefuseMissingFiles(records, versions);
        var transitions = await store.ListAllTransitionsAsync(context.Connection, context.Transaction);
        var schedules = await store.ListSchedulesAsync(context.Connection, context.Transaction);
        var items = new JsonArray();
        foreach (var record in records)
        {
            var item = await ExportItemAsync(context, record, schedules.GetValueOrDefault(record.Id));
            item["versions"] = await ExportVersionsAsync(context, record.Type, versions[record.Id]);
            item["history"] = ExportHistory(transitions[record.Id]);
            items.Add(item);
        }
        return new JsonObject { ["name"] = Name, ["items"] = items };
    }

    /// <summary>An item's own fields, which are those of its latest version.</summary>
    private async Task<JsonObject> ExportItemAsync(RecipeExportContext context, ContentRecord record, ContentStore.ScheduleInfo? schedule)
    {
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
        await AddDataAsync(context, item, record.Type, record.Data);
        // Written only when it is not what the status implies (a published item with a pending draft).
        var impliedLive = record.Status == ContentStatus.Published ? record.LatestVersion : (int?)null;
        if (record.PublishedVersion is { } live && live != impliedLive)
        {
            item["publishedVersion"] = live;
        }
        if (schedule is not null)
        {
            item["scheduledPublish"] = RecipeReader.Timestamp(schedule.AtUtc);
            if (schedule.By is not null)
            {
                item["scheduledBy"] = schedule.By;
            }
        }
        return item;
    }

    private async Task<JsonArray> ExportVersionsAsync(RecipeExportContext context, string type, IEnumerable<ContentStore.StoredVersion> versions)
    {
        var list = new JsonArray();
        foreach (var version in versions)
        {
            var entry = new JsonObject
            {
                ["version"] = version.Version,
                ["title"] = version.Title,
                ["author"] = version.Author,
                ["created"] = RecipeReader.Timestamp(version.CreatedUtc),
            };
            await AddDataAsync(context, entry, type, version.Data);
            list.Add(entry);
        }
        return list;
    }

    private static JsonArray ExportHistory(IEnumerable<ContentStore.TransitionInfo> transitions)
    {
        var history = new JsonArray();
        foreach (var step in transitions)
        {
            var entry = new JsonObject
            {
                ["version"] = step.Version,
                ["from"] = step.FromStatus?.ToString(),
                ["to"] = step.ToStatus.ToString(),
                ["user"] = step.UserName,
            };
            if (step.Comment is not null)
            {
                entry["comment"] = step.Comment;
            }
            entry["at"] = RecipeReader.Timestamp(step.AtUtc);
            history.Add(entry);
        }
        return history;
    }

    /// <summary>
    /// An export is whole or not written: a recipe naming a file it does not carry could not be imported.
    /// Every missing file is named, before anything is copied, so one reading fixes them all.
    /// </summary>
    private void RefuseMissingFiles(IReadOnlyList<ContentRecord> records, ILookup<string, ContentStore.StoredVersion> versions)
    {
        var missing = records
            .SelectMany(record => versions[record.Id].SelectMany(version => types.Deserialize(record.Type, version.Data).MediaFiles
                .Where(file => media.Describe(file.File.File) is null)
                .Select(file => $"item {record.Id} ('{record.Title}') version {version.Version}, {file.Field}: {file.File.File}")))
            .ToList();
        if (missing.Count > 0)
        {
            throw new RecipeException(
                $"Step {Name}: {missing.Count} file(s) named by content are missing from the media store; restore them or remove them from the items: "
                + string.Join("; ", missing));
        }
    }

    /// <summary>Adds one version's fields as a recipe writes them, its files copied under media/.</summary>
    private async Task AddDataAsync(RecipeExportContext context, JsonObject target, string type, string json)
    {
        var data = types.Deserialize(type, json);
        foreach (var (_, file) in data.MediaFiles)
        {
            file.File = await RecipeMediaFiles.ExportAsync(context, media, file.File);
        }
        foreach (var (key, value) in JsonSerializer.SerializeToNode(data, data.GetType(), ContentJson.Options)!.AsObject())
        {
            target[key] = value?.DeepClone();
        }
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
        // The enum may be the data's own or one of Core's shared by several types (RecipientType).
        if ((dataType.Assembly.GetType(target) ?? typeof(ContentData).Assembly.GetType(target)) is { IsEnum: true } enumType)
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
