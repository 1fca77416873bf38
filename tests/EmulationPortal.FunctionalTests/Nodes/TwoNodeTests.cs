using System.Net;
using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.FunctionalTests.Media;
using EmulationPortal.News.Models;

namespace EmulationPortal.FunctionalTests.Nodes;

/// <summary>Two web nodes on one PostgreSQL database and one media folder, as behind a reverse proxy.</summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesChosenByTheTest)]
public sealed class TwoNodeTests : IDisposable
{
    private const string Password = "Matkhau-2026a";
    private readonly string _database = "nodes_" + Guid.NewGuid().ToString("N");
    private readonly string _media = Path.Combine(PortalFactory.NewDataPath(), "shared-media");
    private readonly List<PortalFactory> _nodes = [];

    private PortalFactory Node(params (string Key, string Value)[] extra)
    {
        var settings = TestDatabase.PostgresSettings(_database);
        settings["Portal:Media:Root"] = _media;
        settings["Portal:SchedulerIntervalSeconds"] = "1";
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }
        var node = new PortalFactory(PortalFactory.NewDataPath(), demoContent: false, settings, ownsDataPath: true);
        _nodes.Add(node);
        return node;
    }

    public void Dispose() => _nodes.ForEach(n => n.Dispose());

    private static async Task SetUpAsync(PortalFactory node) =>
        await node.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(
            TestRecipes.WithContent(TestRecipes.Conference("bai-hai-nut", "Bài trên hai nút", status: "InReview")),
            TestRecipes.Person("duyet", Password, null, (TestRecipes.ClusterId, "Reviewer")),
            TestRecipes.Person("quantri", Password, ["Administrator"]))));

    [PostgresFact]
    public async Task What_is_published_or_renamed_on_one_node_shows_on_the_other_within_a_second()
    {
        var a = Node();
        var b = Node();
        await SetUpAsync(a);
        var readerOnB = b.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await readerOnB.GetAsync("/tin-tuc/bai-tren-hai-nut")).StatusCode);
        Assert.Contains("Cụm thi đua thử nghiệm", await readerOnB.GetStringAsync($"/cum-thi-dua/{TestRecipes.ClusterSlug}"));
        // Both pages are now in B's output cache: what A changes must evict them on B.
        Assert.NotNull((await readerOnB.GetAsync($"/cum-thi-dua/{TestRecipes.ClusterSlug}")).Headers.Age);
        Assert.DoesNotContain("Bài trên hai nút", await readerOnB.GetStringAsync("/tin-tuc"));
        Assert.NotNull((await readerOnB.GetAsync("/tin-tuc")).Headers.Age);

        var administrator = await AdminClient.LoginAsync(a, "quantri", Password);
        await administrator.PostFormAsync("/admin/noi-dung/bai-hai-nut/chuyen", new Dictionary<string, string> { ["action"] = "Publish" });
        await administrator.PostFormAsync($"/admin/cum-thi-dua/{TestRecipes.ClusterId}", new Dictionary<string, string>
        {
            ["Kind"] = "Cluster", ["Number"] = "99", ["Name"] = "Cụm thi đua đã đổi tên", ["Province"] = "Nghệ An", ["ReviewRequired"] = "true",
        });

        var deadline = DateTime.UtcNow.AddSeconds(1);
        HttpStatusCode article;
        string cluster, list;
        do
        {
            article = (await readerOnB.GetAsync("/tin-tuc/bai-tren-hai-nut")).StatusCode;
            cluster = await readerOnB.GetStringAsync($"/cum-thi-dua/{TestRecipes.ClusterSlug}");
            list = await readerOnB.GetStringAsync("/tin-tuc");
        }
        while ((article != HttpStatusCode.OK || !cluster.Contains("đã đổi tên") || !list.Contains("Bài trên hai nút"))
            && DateTime.UtcNow < deadline && await Pause());
        Assert.Equal(HttpStatusCode.OK, article);
        Assert.Contains("Cụm thi đua đã đổi tên", cluster);
        Assert.Contains("Bài trên hai nút", list);
    }

    [PostgresFact]
    public async Task A_sign_in_on_one_node_is_valid_on_the_other()
    {
        var a = Node();
        var b = Node();
        await SetUpAsync(a);
        var onA = a.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var form = await onA.GetAsync(AdminClient.LoginPath);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)).Split(';')[0];
        var token = (await PortalFactory.ParseAsync(form)).QuerySelector($"input[name={AdminClient.TokenField}]")!.GetAttribute("value")!;
        var signIn = new HttpRequestMessage(HttpMethod.Post, AdminClient.LoginPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "duyet", ["Password"] = Password, [AdminClient.TokenField] = token }),
        };
        signIn.Headers.Add("Cookie", antiforgery);
        var signedIn = await onA.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)).Split(';')[0];

        var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        var response = await b.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("duyet", await response.Content.ReadAsStringAsync());
    }

    [PostgresFact]
    public async Task A_scheduled_publication_runs_exactly_once_with_two_schedulers()
    {
        var a = Node();
        var b = Node();
        await SetUpAsync(a);
        b.CreateClient();
        var reviewer = new ContentAccess("duyet", "duyet", false, true, new Dictionary<string, ClusterRole>());
        var editing = a.Service<ContentEditing>();
        var item = await editing.CreateAsync(reviewer, ConferenceType.TypeName, TestRecipes.ClusterId, "Bài hẹn giờ hai nút",
            new ConferenceData { Date = new DateOnly(2026, 1, 21), Body = "Đăng một lần." });
        await editing.ScheduleAsync(reviewer, item.Id, DateTime.UtcNow.AddSeconds(1));

        await Task.Delay(TimeSpan.FromSeconds(4));

        await using var connection = await a.OpenDatabaseAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM content_transitions WHERE item_id = @Id AND to_status = 'Published'", new { item.Id }));
        Assert.Equal(ContentEditing.SchedulerUserName, await connection.ExecuteScalarAsync<string>(
            "SELECT user_name FROM content_transitions WHERE item_id = @Id AND to_status = 'Published'", new { item.Id }));
    }

    [PostgresFact]
    public async Task A_job_held_by_a_node_that_dies_is_finished_by_the_other()
    {
        var connectionString = TestDatabase.ForSite(TestDatabase.RequirePostgres(), _database);
        var database = new DbConnectionFactory(new PostgresDialect(connectionString));
        var dataA = PortalFactory.NewDataPath();
        var dataB = PortalFactory.NewDataPath();
        string[] Settings(string dataPath) =>
        [
            $"--Portal:DataPath={dataPath}", "--Portal:Database:Provider=Postgres", $"--Portal:Database:ConnectionString={connectionString}",
            $"--Portal:Media:Root={_media}", "--Portal:Jobs:LeaseSeconds=2", "--Portal:Jobs:PollSeconds=0.2", "--Portal:DemoContent=false",
        ];
        var recipeFolder = Path.Combine(dataA, "recipe");
        var recipe = TestRecipes.Write(TestRecipes.WithContent(TestRecipes.Conference("bai-anh-lon", "Bài có ảnh lớn")), recipeFolder);
        using (var images = new TestImages())
        {
            // Large enough that its renditions take a good second, so node A still holds the job when it is killed.
            File.Copy(images.Photo("lon.jpg", 3000, 2000), Path.Combine(recipeFolder, "anh.jpg"), overwrite: true);
        }
        var imported = await HostCommand.RunAsync(["recipe", "run", recipe, .. Settings(dataA)]);
        Assert.True(imported.ExitCode == 0, imported.Output);

        using var a = await HostProcess.StartAsync(Settings(dataA));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await CountAsync(database, "SELECT COUNT(*) FROM background_jobs WHERE kind = 'media.renditions' AND lease_owner IS NOT NULL AND status = 'Pending'") == 0
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        a.KillHard();
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM background_jobs WHERE kind = 'media.renditions' AND status = 'Done'"));
        using var b = await HostProcess.StartAsync(Settings(dataB));

        var finished = DateTime.UtcNow.AddSeconds(90);
        while (await CountAsync(database, "SELECT COUNT(*) FROM background_jobs WHERE kind = 'media.renditions' AND status = 'Done'") == 0
            && DateTime.UtcNow < finished)
        {
            await Task.Delay(200);
        }
        Assert.Equal(1, await CountAsync(database, "SELECT COUNT(*) FROM background_jobs WHERE kind = 'media.renditions' AND status = 'Done'"));
        Assert.Equal(6, await CountAsync(database, "SELECT COUNT(*) FROM media_renditions"));
    }

    private static async Task<int> CountAsync(IDbConnectionFactory database, string sql)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(sql);
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(50);
        return true;
    }
}
