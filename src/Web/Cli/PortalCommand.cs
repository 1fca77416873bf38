using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Media;
using EmulationPortal.Core.Search;
using EmulationPortal.Documents.Services.Intake;

namespace EmulationPortal.Web.Cli;

/// <summary>
/// The host's subcommands: <c>recipe run FILE</c>, <c>recipe export FILE</c>, <c>reindex</c> and <c>intake FILE</c>. They use the same
/// configuration as the web host and exit without serving.
/// </summary>
public sealed class PortalCommand
{
    private const string Usage = "usage: recipe run <file> | recipe export <file> [--with-password-hashes] [--with-comments] | reindex | intake <file>";
    private const string WithPasswordHashes = "--with-password-hashes";
    private const string WithComments = "--with-comments";

    private readonly string _verb;
    private readonly string? _file;
    private readonly bool _withPasswordHashes;
    private readonly bool _withComments;

    private PortalCommand(string verb, string? file, bool withPasswordHashes, string[] hostArgs, bool withComments = false)
    {
        _withComments = withComments;
        _verb = verb;
        _file = file;
        _withPasswordHashes = withPasswordHashes;
        HostArgs = hostArgs;
    }

    /// <summary>What is left for the host's own configuration (e.g. <c>--Portal:DataPath=…</c>).</summary>
    public string[] HostArgs { get; }

    public static PortalCommand? Parse(string[] args)
    {
        if (args.Length > 0 && args[0] == "intake")
        {
            var target = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
            return new PortalCommand("intake", target, withPasswordHashes: false, args.Skip(target is null ? 1 : 2).ToArray());
        }
        if (args.Length > 0 && args[0] == "reindex")
        {
            return new PortalCommand("reindex", null, withPasswordHashes: false, args[1..]);
        }
        if (args.Length == 0 || args[0] != "recipe")
        {
            return null;
        }
        var verb = args.Length > 1 ? args[1] : "";
        var file = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? args[2] : null;
        var rest = args.Skip(file is null ? 2 : 3).ToList();
        var withPasswordHashes = rest.Remove(WithPasswordHashes);
        var withComments = rest.Remove(WithComments);
        return new PortalCommand(verb, file, withPasswordHashes, rest.ToArray(), withComments);
    }

    public async Task<int> RunAsync(IServiceProvider services)
    {
        if (_verb == "reindex")
        {
            return await ReindexAsync(services);
        }
        if (_verb == "intake")
        {
            return await IntakeAsync(services);
        }
        if (_verb is not ("run" or "export") || _file is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var recipes = services.GetRequiredService<RecipeExecutor>();
        try
        {
            await services.GetRequiredService<MigrationRunner>().MigrateAsync();
            if (_verb == "run")
            {
                await recipes.RunAsync(_file);
                // A site filled by hand is set up: its first start must not add the demo content.
                var settings = services.GetRequiredService<SiteSettings>();
                if (await settings.GetAsync(SiteSettings.SetupCompleted) is null)
                {
                    await settings.SetAsync(SiteSettings.SetupCompleted, RecipeReader.Timestamp(DateTime.UtcNow));
                }
                Console.WriteLine($"Imported {Path.GetFullPath(_file)}");
            }
            else
            {
                await recipes.ExportAsync(_file, _withPasswordHashes, _withComments);
                Console.WriteLine($"Exported to {Path.GetFullPath(_file)}");
            }
            return 0;
        }
        catch (RecipeException e)
        {
            await Console.Error.WriteLineAsync(_verb == "run"
                ? $"Recipe refused, nothing was imported. {e.Message}"
                : $"Export refused, nothing was written. {e.Message}");
            return 1;
        }
    }

    /// <summary>The reading of one document's file as JSON, alone on standard output, for scripts; it touches no database.</summary>
    private async Task<int> IntakeAsync(IServiceProvider services)
    {
        if (_file is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        FileText text;
        try
        {
            await using var file = File.OpenRead(_file);
            text = await services.GetRequiredService<IFileTextReader>().ReadAsync(file, Path.GetFileName(_file));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Cannot open {_file}: {e.Message}");
            return 1;
        }
        catch (FileTextException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        var json = DocumentReadingJson.From(DocumentTextReader.Read(text.Text));
        json["file"] = new System.Text.Json.Nodes.JsonObject { ["format"] = text.Format, ["method"] = text.Method };
        Console.WriteLine(json.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
        return 0;
    }

    private static async Task<int> ReindexAsync(IServiceProvider services)
    {
        await services.GetRequiredService<MigrationRunner>().MigrateAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var progress = new SynchronousProgress(done => Console.Write($"\rIndexed {done.Done}/{done.Total} items"));
        await services.GetRequiredService<ISearchIndex>().RebuildAsync(progress);
        Console.WriteLine();
        Console.WriteLine($"Rebuilt the search index in {started.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s.");
        return 0;
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<(int Done, int Total)> report) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => report(value);
    }
}
