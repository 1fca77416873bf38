using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;

namespace EmulationPortal.FunctionalTests.Workflow;

/// <summary>
/// One site with two clusters and a person in every role. Each case acts on a fresh item of
/// cluster A in the state the action needs; an allowed action must change it, any other must be
/// refused (403 or a redirect to the login or access-denied page) and change nothing.
/// </summary>
public sealed class PermissionMatrixSite : IAsyncLifetime
{
    public const string Password = "Matkhau-2026a";
    public const string ClusterA = TestRecipes.ClusterId;
    public const string ClusterB = "cum-b";

    public PortalFactory Site { get; } = PortalFactory.Fresh(demoContent: false);

    private readonly Dictionary<string, AdminClient> _clients = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _items;

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.WithContent();
        var steps = recipe["steps"]!.AsArray();
        steps[1]!["clusters"]!.AsArray().Add(new JsonObject
        {
            ["id"] = ClusterB, ["kind"] = "Cluster", ["number"] = 98, ["name"] = "Cụm thi đua B", ["province"] = "Thanh Hóa", ["reviewRequired"] = true,
        });
        steps.Add(new JsonObject
        {
            ["name"] = "Users",
            ["users"] = new JsonArray(
                User("bientap-a", new JsonArray(), (ClusterA, "Editor")),
                User("duyet-a", new JsonArray(), (ClusterA, "Reviewer")),
                User("bientap-b", new JsonArray(), (ClusterB, "Editor")),
                User("canbo", new JsonArray("Staff")),
                User("quantri", new JsonArray("Administrator"))),
        });
        await Site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    private static JsonObject User(string name, JsonArray roles, params (string Cluster, string Role)[] clusters) => new()
    {
        ["userName"] = name,
        ["displayName"] = name,
        ["password"] = Password,
        ["roles"] = roles,
        ["clusters"] = new JsonArray(clusters.Select(c => (JsonNode)new JsonObject { ["cluster"] = c.Cluster, ["role"] = c.Role }).ToArray()),
    };

    public async Task<AdminClient> ClientAsync(string role)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_clients.TryGetValue(role, out var client))
            {
                client = role == "khach" ? AdminClient.Anonymous(Site) : await AdminClient.LoginAsync(Site, role, Password);
                _clients[role] = client;
            }
            return client;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new item of cluster A, brought into <paramref name="status"/> with <paramref name="versions"/> versions.</summary>
    public async Task<string> ItemAsync(string status, int versions = 1)
    {
        var id = $"muc-{Interlocked.Increment(ref _items)}";
        for (var v = 1; v <= versions; v++)
        {
            var item = TestRecipes.Conference(id, $"Bài thử {id}", status, body: $"Nội dung phiên bản {v}.");
            item["slug"] = id;
            await Site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(item)));
        }
        return id;
    }

    public async Task<string> StateAsync(string? id)
    {
        await using var connection = await Site.OpenDatabaseAsync();
        if (id is null)
        {
            return $"{await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items")} items";
        }
        var row = await connection.QuerySingleAsync<(string Status, long Latest, long? Published, string? Scheduled)>(
            "SELECT status, latest_version, published_version, scheduled_publish_utc FROM content_items WHERE id = @id", new { id });
        return $"{row.Status} v{row.Latest} live {row.Published} at {row.Scheduled}";
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class PermissionMatrixTests(PermissionMatrixSite matrix) : IClassFixture<PermissionMatrixSite>
{
    private const string Editors = "bientap-a duyet-a canbo quantri";
    private const string Reviewers = "duyet-a canbo quantri";
    private static readonly string[] Roles = ["khach", "bientap-a", "duyet-a", "bientap-b", "canbo", "quantri"];

    /// <summary>An action: the state it starts from, the request, and who may take it.</summary>
    private sealed record Case(string Status, int Versions, string Method, string Url, Dictionary<string, string> Fields, string Allowed);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["xem-muc"] = new("Draft", 1, "GET", "/admin/noi-dung/{id}", [], Editors),
        ["xem-truoc"] = new("Draft", 1, "GET", "/tin-tuc/xem-truoc/{id}", [], Editors),
        ["mo-trang-sua"] = new("Draft", 1, "GET", "/admin/tin-tuc/{id}/sua", [], Editors),
        ["so-sanh"] = new("Draft", 2, "GET", "/admin/noi-dung/{id}/so-sanh?tu=1&den=2", [], Editors),
        ["luu"] = new("Draft", 1, "POST", "/admin/tin-tuc/{id}/sua", new()
        {
            ["Version"] = "1", ["Title"] = "Tiêu đề đã sửa", ["ClusterId"] = PermissionMatrixSite.ClusterA,
            ["Date"] = "2025-12-20", ["Location"] = "Hội trường", ["Body"] = "Nội dung đã sửa.",
        }, Editors),
        ["gui-duyet"] = new("Draft", 1, "POST", "/admin/noi-dung/{id}/chuyen", new() { ["action"] = "Submit" }, Editors),
        ["khoi-phuc"] = new("Draft", 2, "POST", "/admin/noi-dung/{id}/khoi-phuc", new() { ["version"] = "1", ["expectedVersion"] = "2" }, Editors),
        ["duyet-dang"] = new("InReview", 1, "POST", "/admin/noi-dung/{id}/chuyen", new() { ["action"] = "Publish" }, Reviewers),
        ["tra-lai"] = new("InReview", 1, "POST", "/admin/noi-dung/{id}/chuyen", new() { ["action"] = "Reject", ["comment"] = "Cần sửa lại." }, Reviewers),
        ["len-lich"] = new("InReview", 1, "POST", "/admin/noi-dung/{id}/len-lich", new() { ["publishAt"] = "2099-01-01T08:00" }, Reviewers),
        ["go-bai"] = new("Published", 1, "POST", "/admin/noi-dung/{id}/chuyen", new() { ["action"] = "Unpublish" }, Reviewers),
        ["luu-tru"] = new("Published", 1, "POST", "/admin/noi-dung/{id}/chuyen", new() { ["action"] = "Archive" }, Reviewers),
        ["mo-lai"] = new("Archived", 1, "POST", "/admin/noi-dung/{id}/chuyen", new() { ["action"] = "Reopen" }, Reviewers),
        ["tao-bai"] = new("", 0, "POST", "/admin/tin-tuc/tao", new()
        {
            ["Title"] = "Bài mới", ["ClusterId"] = PermissionMatrixSite.ClusterA, ["Date"] = "2026-01-10", ["Location"] = "Xã", ["Body"] = "Nội dung.",
        }, Editors),
        ["bang-dieu-khien"] = new("", 0, "GET", "/admin", [], "bientap-a duyet-a bientap-b canbo quantri"),
    };

    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in Cases.Keys)
        {
            foreach (var role in Roles)
            {
                data.Add(action, role);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_may_take_exactly_its_actions_on_cluster_A(string action, string role)
    {
        var @case = Cases[action];
        var id = @case.Versions == 0 ? null : await matrix.ItemAsync(@case.Status, @case.Versions);
        var url = @case.Url.Replace("{id}", id);
        var client = await matrix.ClientAsync(role);
        var before = await matrix.StateAsync(id);

        var response = @case.Method == "GET" ? await client.GetAsync(url) : await client.PostFormAsync(url, @case.Fields);

        var allowed = @case.Allowed.Split(' ').Contains(role);
        var location = response.Headers.Location?.OriginalString ?? "";
        var after = await matrix.StateAsync(id);
        if (allowed)
        {
            if (@case.Method == "GET")
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/admin/noi-dung/", location);
                Assert.NotEqual(before, after);
            }
        }
        else
        {
            Assert.True(
                response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/admin/dang-nhap") || location.Contains("/admin/khong-co-quyen"))),
                $"{role} {action}: {(int)response.StatusCode} {location}");
            Assert.Equal(before, after);
        }
    }

    [Fact]
    public async Task Another_clusters_drafts_are_not_listed_for_an_editor_of_B()
    {
        var id = await matrix.ItemAsync("Draft");
        var list = await (await matrix.ClientAsync("bientap-b")).GetAsync("/admin/noi-dung");
        Assert.DoesNotContain($"/admin/noi-dung/{id}\"", await list.Content.ReadAsStringAsync());
        var own = await (await matrix.ClientAsync("bientap-a")).GetAsync("/admin/noi-dung");
        Assert.Contains($"/admin/noi-dung/{id}\"", await own.Content.ReadAsStringAsync());
    }
}
