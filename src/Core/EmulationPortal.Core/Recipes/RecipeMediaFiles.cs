using EmulationPortal.Core.Media;

namespace EmulationPortal.Core.Recipes;

/// <summary>
/// Files a recipe carries beside it: a step names them by a path relative to the recipe, and an export copies them
/// under <c>media/</c> named by their key, so the same file named twice is written once.
/// </summary>
public static class RecipeMediaFiles
{
    /// <summary>The file's full path, refused when it lies outside the recipe's folder.</summary>
    public static string Resolve(RecipeStepContext context, string field, string file)
    {
        var baseDirectory = Path.GetFullPath(context.BaseDirectory) + Path.DirectorySeparatorChar;
        var fullPath = Path.GetFullPath(Path.Combine(baseDirectory, file));
        return fullPath.StartsWith(baseDirectory, StringComparison.Ordinal)
            ? fullPath
            : throw context.Error(field, $"the file '{file}' lies outside the recipe's folder");
    }

    /// <summary>Stores a file the recipe names, in the step's transaction; a missing or refused file is an error of the field.</summary>
    public static async Task<StoredMedia> ImportAsync(RecipeStepContext context, string field, string file, string fullPath, IMediaLibrary library)
    {
        if (!File.Exists(fullPath))
        {
            throw context.Error(field, $"the file '{file}' does not exist");
        }
        try
        {
            await using var stream = File.OpenRead(fullPath);
            return await library.AddAsync(stream, Path.GetFileName(fullPath), context.Session);
        }
        catch (MediaRejectedException e)
        {
            throw context.Error(field, $"the file '{file}' was refused: {e.Message}");
        }
    }

    /// <summary>Copies a stored file beside the recipe and gives the path the recipe names it by.</summary>
    public static async Task<string> ExportAsync(RecipeExportContext context, IMediaStore media, string key)
    {
        var relative = $"media/{key}";
        var target = Path.Combine(context.BaseDirectory, "media", key);
        if (!File.Exists(target))
        {
            // Steps check that their files exist before anything is copied.
            await using var source = media.OpenRead(key) ?? throw new InvalidOperationException($"Media file {key} is missing from the store.");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var output = File.Create(target);
            await source.CopyToAsync(output);
        }
        return relative;
    }
}
