using System.Net;
using Dapper;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Notifications;

/// <summary>
/// A site with one cluster, its editor and two reviewers (all with e-mail addresses), and a member of the
/// board's staff; mail settings as the test gives them.
/// </summary>
public sealed class NotificationSite : IDisposable
{
    public const string Password = "Matkhau-2026a";
    public const string Editor = "bientap";
    public const string Reviewer = "duyet";
    public const string SecondReviewer = "duyet2";

    private readonly Dictionary<string, AdminClient> _clients = [];
    private int _items;

    private NotificationSite(PortalFactory site) => Site = site;

    public PortalFactory Site { get; }

    public static string Email(string userName) => $"{userName}@cong.test";

    public static async Task<NotificationSite> CreateAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var site = new NotificationSite(new PortalFactory(PortalFactory.NewDataPath(), demoContent: false, settings, ownsDataPath: true));
        var recipe = TestRecipes.WithContent();
        TestRecipes.WithUsers(recipe,
            WithEmail(TestRecipes.Person(Editor, Password, null, (TestRecipes.ClusterId, "Editor")), "Nguyễn Văn Biên"),
            WithEmail(TestRecipes.Person(Reviewer, Password, null, (TestRecipes.ClusterId, "Reviewer")), "Trần Thị Duyệt"),
            WithEmail(TestRecipes.Person(SecondReviewer, Password, null, (TestRecipes.ClusterId, "Reviewer")), "Lê Văn Hai"),
            WithEmail(TestRecipes.Person("canbo", Password, ["Staff"]), "Cán bộ Ban"));
        await site.Site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
        return site;
    }

    private static System.Text.Json.Nodes.JsonObject WithEmail(System.Text.Json.Nodes.JsonObject person, string displayName)
    {
        person["email"] = Email((string)person["userName"]!);
        person["displayName"] = displayName;
        return person;
    }

    public async Task<AdminClient> ClientAsync(string userName)
    {
        if (!_clients.TryGetValue(userName, out var client))
        {
            client = await AdminClient.LoginAsync(Site, userName, Password);
            _clients[userName] = client;
        }
        return client;
    }

    /// <summary>A draft of the cluster written by the editor.</summary>
    public async Task<string> DraftAsync(string title)
    {
        var id = $"bai-{Interlocked.Increment(ref _items)}";
        var item = TestRecipes.Conference(id, title, "Draft");
        item["slug"] = id;
        item["author"] = Editor;
        await Site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(item)));
        return id;
    }

    /// <summary>Takes a workflow step through the item page's form, as the person's browser would; it must succeed.</summary>
    public async Task StepAsync(string userName, string id, string action, string? comment = null)
    {
        var client = await ClientAsync(userName);
        var fields = new List<KeyValuePair<string, string>> { new("action", action) };
        if (comment is not null)
        {
            fields.Add(new("comment", comment));
        }
        var response = await client.PostFormAsync($"/admin/noi-dung/{id}/chuyen", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(action switch { "Submit" => "InReview", "Reject" => "Draft", _ => "Published" }, await StatusAsync(id));
    }

    public async Task<string> StatusAsync(string id)
    {
        await using var connection = await Site.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<string>("SELECT status FROM content_items WHERE id = @id", new { id }) ?? "";
    }

    /// <summary>The unread count the admin header shows the person (0 when it shows none).</summary>
    public async Task<int> BadgeAsync(string userName)
    {
        var page = await (await ClientAsync(userName)).GetDocumentAsync("/admin");
        var badge = page.QuerySelector(".admin-header a.admin-badge");
        Assert.NotNull(badge);
        return badge.QuerySelector(".badge-count") is { } count ? int.Parse(count.GetAttribute("data-count")!) : 0;
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        Site.Dispose();
    }
}
