using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Dapper;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Jobs;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Setup;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.Media.Services;

namespace EmulationPortal.FunctionalTests.Media;

/// <summary>The media store under the faults an operator meets: lost files, leftovers of a crash, a full disk, hostile photos in the queue.</summary>
public sealed class MediaFaultTests
{
    private const string Password = "Matkhau-2026a";

    private static async Task<PortalFactory> NewSiteAsync(string? dataPath = null, Dictionary<string, string>? settings = null, bool ownsDataPath = true)
    {
        var site = new PortalFactory(dataPath ?? PortalFactory.NewDataPath(), demoContent: false, settings ?? new Dictionary<string, string>
        {
            ["Portal:Jobs:RunWorker"] = "false",
        }, ownsDataPath);
        await site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(TestRecipes.WithContent(
                TestRecipes.Conference("bai-mot", "Bài một"), TestRecipes.Conference("bai-hai", "Bài hai", status: "Draft")),
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")))));
        return site;
    }

    [Fact]
    public async Task An_export_naming_a_file_lost_from_the_store_is_refused_before_anything_is_written_and_names_it()
    {
        using var site = await NewSiteAsync();
        await using (var connection = await site.OpenDatabaseAsync())
        {
            var key = await connection.ExecuteScalarAsync<string>("SELECT media_key FROM media_files");
            File.Delete(site.Service<FileSystemMediaStore>().LocalPath(key!)!);
        }
        var folder = Path.Combine(site.DataPath, "export");
        var target = Path.Combine(folder, "site.recipe.json");

        var refusal = await Assert.ThrowsAsync<RecipeException>(() => site.Service<RecipeExecutor>().ExportAsync(target));

        Assert.Contains("missing from the media store", refusal.Message);
        Assert.Contains("item bai-mot ('Bài một') version 1, photos[0].file: ", refusal.Message);
        Assert.Contains("item bai-hai ('Bài hai') version 1, photos[0].file: ", refusal.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    /// <summary>
    /// A job that failed (a hostile photo) and is due again waits behind every job not yet tried: new
    /// uploads are never held back by files that keep failing.
    /// </summary>
    [Fact]
    public async Task A_retried_job_goes_behind_every_untried_one()
    {
        using var site = await NewSiteAsync();
        var queue = site.Service<JobQueue>();
        var kinds = new[] { "test.hostile" };
        await using (var session = await site.Service<IDbConnectionFactory>().BeginSessionAsync())
        {
            foreach (var subject in new[] { "hostile-1", "hostile-2" })
            {
                await queue.EnqueueAsync(session, "test.hostile", subject);
            }
            await session.CommitAsync();
        }
        foreach (var _ in new[] { 1, 2 })
        {
            var failing = await queue.TakeAsync("worker", kinds, TimeSpan.FromMinutes(1), 3, CancellationToken.None);
            // Due again at once (its retry time already past), as after its pause.
            await queue.RetryLaterAsync(failing!.Id, "worker", "vipsthumbnail failed", TimeSpan.FromSeconds(-1), CancellationToken.None);
        }
        await using (var session = await site.Service<IDbConnectionFactory>().BeginSessionAsync())
        {
            await queue.EnqueueAsync(session, "test.hostile", "normal-photo");
            await session.CommitAsync();
        }

        var next = await queue.TakeAsync("worker", kinds, TimeSpan.FromMinutes(1), 3, CancellationToken.None);

        Assert.Equal("normal-photo", next!.Subject);
    }

    /// <summary>
    /// What a crash or a full disk leaves (files written aside, renditions, ASP.NET's upload buffers) is
    /// removed at the next start once stale; a file being written now is left alone. The data folder
    /// and what is in it become the portal's alone.
    /// </summary>
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Stale_temporary_files_are_removed_at_start_and_the_data_folder_becomes_private()
    {
        var dataPath = PortalFactory.NewDataPath();
        string media, staleOriginal, staleRendition, fresh, stored, staleBuffer;
        using (var first = await NewSiteAsync(dataPath, ownsDataPath: false))
        {
            var store = first.Service<FileSystemMediaStore>();
            media = store.Root;
            await using var connection = await first.OpenDatabaseAsync();
            var key = await connection.ExecuteScalarAsync<string>("SELECT media_key FROM media_files");
            stored = store.LocalPath(key!)!;
            staleOriginal = $"{stored}.{Guid.NewGuid():N}.tmp";
            fresh = $"{stored}.{Guid.NewGuid():N}.tmp";
            Directory.CreateDirectory(store.RenditionDirectory(key!));
            staleRendition = Path.Combine(store.RenditionDirectory(key!), $"480.{Guid.NewGuid():N}.tmp.webp");
        }
        staleBuffer = Path.Combine(UploadBufferCleanup.Folder, $"ASPNETCORE_{Guid.NewGuid()}.tmp");
        foreach (var file in new[] { staleOriginal, staleRendition, fresh, staleBuffer })
        {
            await File.WriteAllTextAsync(file, "half written");
        }
        foreach (var file in new[] { staleOriginal, staleRendition, staleBuffer })
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow - PrivateFiles.StaleAfter - TimeSpan.FromMinutes(1));
        }
        // As an older version, or a copy made by hand, left them.
        var everyoneReads = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(dataPath, everyoneReads | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        // portal.db on SQLite, the generated administrator password on both engines.
        var dataFiles = Directory.GetFiles(dataPath);
        Assert.NotEmpty(dataFiles);
        foreach (var file in dataFiles.Append(stored))
        {
            File.SetUnixFileMode(file, everyoneReads);
        }

        using var second = new PortalFactory(dataPath, demoContent: false, ownsDataPath: true);
        second.CreateClient();

        Assert.False(File.Exists(staleOriginal));
        Assert.False(File.Exists(staleRendition));
        Assert.False(File.Exists(staleBuffer));
        Assert.True(File.Exists(fresh), "a temporary file written just now may be another node's work in progress");
        Assert.True(File.Exists(stored));
        Assert.Equal(PrivateFiles.Folder, File.GetUnixFileMode(dataPath));
        // SQLite removes its -wal and -shm files whenever its last connection closes (and makes them
        // again with the database file's mode), so they come and go while the portal runs.
        var dataFilesNow = Directory.GetFiles(dataPath).Where(file => !IsSqliteJournal(file)).ToArray();
        Assert.NotEmpty(dataFilesNow);
        Assert.All(dataFilesNow.Append(stored), file => Assert.Equal(PrivateFiles.File, File.GetUnixFileMode(file)));
        Assert.Equal(PrivateFiles.Folder, File.GetUnixFileMode(media));
    }

    private static bool IsSqliteJournal(string file) =>
        file.EndsWith("-wal", StringComparison.Ordinal) || file.EndsWith("-shm", StringComparison.Ordinal);

    /// <summary>
    /// The media folder on a 4 MB disk, filled up: an upload (with the script and with the form) is
    /// refused in Vietnamese, nothing of it is kept (no file, no record, no job, no item), the text typed
    /// is kept, and once space is freed the same upload works.
    /// </summary>
    [RootFact]
    public async Task A_full_disk_during_an_upload_gives_a_Vietnamese_error_keeps_nothing_half_written_and_works_once_space_returns()
    {
        var mount = Directory.CreateTempSubdirectory("portal-full-disk-").FullName;
        Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount);
        try
        {
            using var site = await NewSiteAsync(settings: new Dictionary<string, string>
            {
                ["Portal:Jobs:RunWorker"] = "false",
                ["Portal:Media:Root"] = mount,
            });
            using var images = new TestImages();
            var photo = File.ReadAllBytes(images.PhoneJpeg("lon.jpg", width: 1500, height: 1000, quality: 98));
            var filler = Path.Combine(mount, "filler");
            await using (var fill = File.Create(filler))
            {
                var chunk = new byte[64 * 1024];
                try
                {
                    while (true)
                    {
                        fill.Write(chunk);
                        fill.Flush();
                    }
                }
                catch (IOException)
                {
                    // Full.
                }
            }
            // Less room left than the photo needs.
            await using (var shrink = new FileStream(filler, FileMode.Open))
            {
                shrink.SetLength(shrink.Length - photo.Length / 2);
            }
            var editor = await AdminClient.LoginAsync(site, "bientap", Password);
            var before = Listing(mount);

            var upload = await UploadAsync(editor, photo);
            var form = await PostFormWithPhotoAsync(editor, photo);

            Assert.Equal(HttpStatusCode.InsufficientStorage, upload.StatusCode);
            Assert.Equal("application/problem+json", upload.Content.Headers.ContentType!.MediaType);
            Assert.Contains("ổ đĩa lưu trữ của máy chủ đã đầy", JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
            var page = await PortalFactory.ParseAsync(form);
            Assert.Contains("ổ đĩa lưu trữ của máy chủ đã đầy", page.QuerySelector(".error-box")!.TextContent);
            Assert.Equal("Bài viết khi đĩa đầy", page.QuerySelector("input[name='Title']")!.GetAttribute("value"));
            Assert.Equal(before, Listing(mount));
            await using (var connection = await site.OpenDatabaseAsync())
            {
                Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM media_files"));
                Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM background_jobs"));
                Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
            }

            File.Delete(filler);
            var again = await UploadAsync(editor, photo);

            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var key = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;
            Assert.Equal(photo, File.ReadAllBytes(site.Service<FileSystemMediaStore>().LocalPath(key)!));
        }
        finally
        {
            Run("umount", "-l", mount);
            Directory.Delete(mount);
        }
    }

    private static string[] Listing(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "filler").Order().ToArray();

    private static async Task<HttpResponseMessage> UploadAsync(AdminClient client, byte[] bytes)
    {
        var token = await client.TokenFromAsync("/admin/tin-tuc/tao");
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/media/tai-len") { Content = new MultipartFormDataContent { { content, "file", "lon.jpg" } } };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostFormWithPhotoAsync(AdminClient client, byte[] bytes)
    {
        var token = await client.TokenFromAsync("/admin/tin-tuc/tao");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return await client.Http.PostAsync("/admin/tin-tuc/tao", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Bài viết khi đĩa đầy"), "Title" },
            { new StringContent(TestRecipes.ClusterId), "ClusterId" },
            { new StringContent("2026-01-20"), "Date" },
            { new StringContent("Nội dung."), "Body" },
            { file, "NewPhotos", "lon.jpg" },
        });
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {error}");
    }
}

/// <summary>
/// A test that mounts a file system, which only root may do: skipped for other users, except in CI
/// (CI=true), where it runs and fails.
/// </summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Environment.UserName != "root" && !CommandLineTools.AreRequired)
        {
            Skip = "Mounting a small disk needs root (skipped locally without it, failing when CI=true).";
        }
    }
}
