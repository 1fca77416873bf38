using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationPortal.Core.Data;
using Microsoft.Extensions.Logging;

namespace EmulationPortal.Core.Recipes;

/// <summary>
/// Runs a recipe's steps in order inside one transaction: a recipe is applied whole or not at
/// all, and a refusal names the step and the field at fault.
/// </summary>
public sealed class RecipeExecutor
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly IDbConnectionFactory _connections;
    private readonly Dictionary<string, IRecipeStep> _steps;
    private readonly ILogger<RecipeExecutor> _logger;

    private readonly IChangeFeed _changes;

    public RecipeExecutor(IDbConnectionFactory connections, IEnumerable<IRecipeStep> steps, IChangeFeed changes, ILogger<RecipeExecutor> logger)
    {
        _connections = connections;
        _steps = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
        _changes = changes;
        _logger = logger;
    }

    public async Task RunAsync(string path, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new RecipeException($"Recipe file not found: {fullPath}");
        }
        var root = Parse(await File.ReadAllTextAsync(fullPath, Encoding.UTF8, cancellationToken));
        if (root["steps"] is not JsonArray steps)
        {
            throw new RecipeException("The recipe has no \"steps\" list.");
        }

        await using var session = await _connections.BeginSessionAsync(cancellationToken);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not JsonObject step)
            {
                throw new RecipeException($"Step {i + 1}: must be an object.");
            }
            var name = step["name"] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
            if (name is null || !_steps.TryGetValue(name, out var handler))
            {
                throw new RecipeException($"Step {i + 1}: unknown step name '{name}'. Known: {string.Join(", ", _steps.Keys.Order())}.");
            }
            await handler.ImportAsync(new RecipeStepContext
            {
                Step = step,
                StepIndex = i,
                Session = session,
                BaseDirectory = Path.GetDirectoryName(fullPath)!,
            });
        }
        // A recipe may change anything: every cache starts over.
        foreach (var topic in ChangeTopics.All)
        {
            _changes.PublishAfterCommit(session, topic);
        }
        await session.CommitAsync(cancellationToken);
        _logger.LogInformation("Applied recipe {Recipe} ({Steps} steps)", root["name"], steps.Count);
    }

    public async Task ExportAsync(string path, bool includePasswordHashes = false, bool includeComments = false, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        var steps = new JsonArray();
        // One transaction gives every step the same snapshot of the site.
        await using var session = await _connections.BeginSessionAsync(cancellationToken);
        foreach (var handler in _steps.Values.OrderBy(s => s.Order))
        {
            var step = await handler.ExportAsync(new RecipeExportContext
            {
                Session = session,
                BaseDirectory = directory,
                IncludePasswordHashes = includePasswordHashes,
                IncludeComments = includeComments,
            });
            if (step is not null)
            {
                steps.Add(step);
            }
        }
        await session.CommitAsync(cancellationToken);
        var recipe = new JsonObject
        {
            ["name"] = "export",
            ["displayName"] = "Dữ liệu xuất",
            ["description"] = $"Exported {RecipeReader.Timestamp(DateTime.UtcNow)}",
            ["steps"] = steps,
        };
        await File.WriteAllTextAsync(fullPath, recipe.ToJsonString(WriteOptions) + "\n", new UTF8Encoding(false), cancellationToken);
    }

    private static JsonObject Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new RecipeException("A recipe must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new RecipeException($"The recipe is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {e.Message}", e);
        }
    }
}
