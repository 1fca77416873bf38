using System.Diagnostics;
using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Setup;
using EmulationPortal.Media.Services;

namespace EmulationPortal.FunctionalTests.Media;

public sealed class MediaJobsRestartTests
{
    [ToolFact("vipsthumbnail")]
    public async Task A_rendition_job_cut_off_by_kill_9_is_finished_after_a_restart_and_nothing_is_lost()
    {
        var dataPath = PortalFactory.NewDataPath();
        var recipeFolder = Path.Combine(dataPath, "recipe");
        Directory.CreateDirectory(recipeFolder);
        // Large enough that six renditions take a while, so the kill lands in the middle of the job.
        var recipePath = TestRecipes.Write(TestRecipes.WithContent(TestRecipes.Conference("bai-anh-lon", "Bài có ảnh lớn")), recipeFolder);
        var noise = Path.Combine(dataPath, "noise.v");
        Run("vips", "gaussnoise", noise, "4000", "3000");
        // In place of the small photo the recipe was written with.
        Run("vips", "copy", noise, Path.Combine(recipeFolder, "anh.jpg") + "[Q=92]");
        File.Delete(noise);
        Run("dotnet", Path.Combine(AppContext.BaseDirectory, "EmulationPortal.Web.dll"), "recipe", "run", recipePath, $"--Portal:DataPath={dataPath}");

        var database = new DbConnectionFactory(SqliteDialect.ForFile(Path.Combine(dataPath, "portal.db")));
        var settings = new[] { $"--Portal:DataPath={dataPath}", "--Portal:Jobs:LeaseSeconds=2", "--Portal:Jobs:PollSeconds=0.2" };
        using (var first = await HostProcess.StartAsync(settings))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await HeldRenditionJobsAsync(database) == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            first.KillHard();
        }

        // What the kill left half-written, and one more left by an earlier crash, an hour later (as after a
        // night's outage): the next start removes them.
        var media = Path.Combine(dataPath, "media");
        var planted = Path.Combine(media, $"{new string('a', 64)}.jpg.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(planted, "half written");
        var leftovers = Temporary(media);
        Assert.Contains(planted, leftovers);
        foreach (var leftover in leftovers)
        {
            File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow - PrivateFiles.StaleAfter - TimeSpan.FromMinutes(1));
        }

        await using (var connection = await database.OpenAsync())
        {
            Assert.Equal("Pending", await connection.ExecuteScalarAsync<string>("SELECT status FROM background_jobs WHERE kind = 'media.renditions'"));
            Assert.True(await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM media_renditions") < 6);
        }

        using var second = await HostProcess.StartAsync(settings);
        Assert.Empty(Temporary(media).Intersect(leftovers));
        var finished = DateTime.UtcNow.AddSeconds(90);
        string? status = null;
        while (status != "Done" && DateTime.UtcNow < finished)
        {
            await Task.Delay(200);
            await using var connection = await database.OpenAsync();
            status = await connection.ExecuteScalarAsync<string>("SELECT status FROM background_jobs WHERE kind = 'media.renditions'");
        }
        Assert.Equal("Done", status);
        await using var done = await database.OpenAsync();
        Assert.Equal(6, await done.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM media_renditions"));
        Assert.True(await done.ExecuteScalarAsync<int>("SELECT attempts FROM background_jobs WHERE kind = 'media.renditions'") >= 2);
        using var client = new HttpClient();
        var page = await client.GetStringAsync($"{second.BaseUrl}/tin-tuc/bai-co-anh-lon");
        Assert.Contains("1600.webp 1600w", page);
    }

    private static List<string> Temporary(string media) =>
        Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Where(f => FileSystemMediaStore.IsTemporary(Path.GetFileName(f))).ToList();

    private static Task<int> HeldRenditionJobsAsync(IDbConnectionFactory database) => CountAsync(database,
        "SELECT COUNT(*) FROM background_jobs WHERE kind = 'media.renditions' AND lease_owner IS NOT NULL AND status = 'Pending'");

    private static async Task<int> CountAsync(IDbConnectionFactory database, string sql)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(sql);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {error.Result}");
    }
}
