using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.TestSupport;

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
        TestRecipes.WithUsers(recipe,
            TestRecipes.Person("bientap-a", Password, null, (ClusterA, "Editor")),
            TestRecipes.Person("duyet-a", Password, null, (ClusterA, "Reviewer")),
            TestRecipes.Person("bientap-b", Password, null, (ClusterB, "Editor")),
            TestRecipes.Person("canbo", Password, ["Staff"]),
            TestRecipes.Person("quantri", Password, ["Administrator"]));
        await Site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

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
    public async Task<string> ItemAsync(string status, int versions = 1, bool scheduled = false)
    {
        var id = $"muc-{Interlocked.Increment(ref _items)}";
        for (var v = 1; v <= versions; v++)
        {
            var item = TestRecipes.Conference(id, $"Bài thử {id}", status, body: $"Nội dung phiên bản {v}.");
            item["slug"] = id;
            await Site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(item)));
        }
        if (scheduled)
        {
            await using var connection = await Site.OpenDatabaseAsync();
            await connection.ExecuteAsync("UPDATE content_items SET scheduled_publish_utc = @at WHERE id = @id",
                new { at = new DateTime(2099, 1, 1, 1, 0, 0, DateTimeKind.Utc), id });
        }
        return id;
    }

    public int Next() => Interlocked.Increment(ref _items);

    public async Task<string> StateAsync(string? id)
    {
        await using var connection = await Site.OpenDatabaseAsync();
        if (id is null)
        {
            var counts = await connection.QuerySingleAsync<(long Items, long Users, long Units)>(
                "SELECT (SELECT COUNT(*) FROM content_items), (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM units)");
            var clusters = string.Join(", ", await connection.QueryAsync<string>("SELECT name FROM clusters ORDER BY id"));
            return $"{counts.Items} items, {counts.Users} users, {counts.Units} units; {clusters}";
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
    private const string SignedIn = "bientap-a duyet-a bientap-b canbo quantri";
    private const string Administrators = "quantri";
    private static readonly string[] Roles = ["khach", "bientap-a", "duyet-a", "bientap-b", "canbo", "quantri"];

    /// <summary>An action: the state it starts from, the request, who may take it, and where success leads.</summary>
    private sealed record Case(string Status, int Versions, string Method, string Url, Dictionary<string, string> Fields, string Allowed,
        string Success = "/admin/noi-dung/", bool Scheduled = false);

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
        ["huy-lich"] = new("InReview", 1, "POST", "/admin/noi-dung/{id}/huy-lich", [], Reviewers, Scheduled: true),
        ["tao-van-ban"] = new("", 0, "POST", "/admin/van-ban/tao", new()
        {
            ["Type"] = "AwardDecision", ["Title"] = "Quyết định khen thưởng", ["ClusterId"] = PermissionMatrixSite.ClusterA,
            ["Number"] = "12/QĐ-UBND", ["IssuedOn"] = "2026-01-15", ["Issuer"] = "UBND tỉnh", ["Summary"] = "Tặng Bằng khen",
            ["Year"] = "2025", ["Awards[0].Kind"] = "Bằng khen", ["Awards[0].RecipientType"] = "Collective", ["Awards[0].Recipient"] = "Đơn vị A",
        }, Editors),
        ["bang-dieu-khien"] = new("", 0, "GET", "/admin", [], SignedIn),
        ["danh-sach"] = new("", 0, "GET", "/admin/noi-dung", [], SignedIn),
        ["mau-van-ban"] = new("", 0, "GET", "/admin/van-ban/tao?loai=Plan", [], SignedIn),
        ["nguoi-dung"] = new("", 0, "GET", "/admin/nguoi-dung", [], Administrators),
        ["tao-nguoi-dung"] = new("", 0, "POST", "/admin/nguoi-dung/tao", new()
        {
            ["UserName"] = "nguoi-moi", ["DisplayName"] = "Người mới", ["Password"] = "Matkhau-moi-2026", ["ConfirmPassword"] = "Matkhau-moi-2026",
        }, Administrators, Success: "/admin/nguoi-dung"),
        ["cum-thi-dua"] = new("", 0, "GET", "/admin/cum-thi-dua", [], Administrators),
        ["sua-cum"] = new("", 0, "POST", "/admin/cum-thi-dua/" + PermissionMatrixSite.ClusterB, new()
        {
            ["Kind"] = "Cluster", ["Number"] = "98", ["Name"] = "Cụm thi đua B (đổi tên)", ["Province"] = "Thanh Hóa", ["ReviewRequired"] = "true",
        }, Administrators, Success: "/admin/cum-thi-dua/"),
        ["tao-don-vi"] = new("", 0, "POST", "/admin/don-vi/tao", new() { ["Name"] = "Đơn vị mới", ["Province"] = "Nghệ An" },
            Administrators, Success: "/admin/don-vi"),
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
        var id = @case.Versions == 0 ? null : await matrix.ItemAsync(@case.Status, @case.Versions, @case.Scheduled);
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
                Assert.StartsWith(@case.Success, location);
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

    public static TheoryData<string> Everyone() => new(Roles);

    /// <summary>
    /// "Nhập từ tệp" reads a file into the new-document form of whoever may write documents in some cluster (the
    /// cluster is chosen on save, where it is checked); for anyone else the file is neither read nor stored.
    /// </summary>
    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Reading_a_file_into_a_new_document_is_for_people_who_may_write_one(string role)
    {
        var client = await matrix.ClientAsync(role);
        var before = await FilesAndItemsAsync();
        var token = await client.TokenFromAsync(client.TokenPage);

        var response = await client.Http.PostAsync("/admin/van-ban/nhap-tu-tep", new MultipartFormDataContent
        {
            { new StringContent(token), AdminClient.TokenField },
            { new StringContent(PermissionMatrixSite.ClusterA), "cum" },
            { new ByteArrayContent(TestDocx.FromLines(TestDocx.ClusterPlan)), "intakeFile", "ke-hoach.docx" },
        });

        var after = await FilesAndItemsAsync();
        var location = response.Headers.Location?.OriginalString ?? "";
        if (SignedIn.Split(' ').Contains(role))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.Equal("21/KH-CTĐ5", page.QuerySelector("input[name=Number]")!.GetAttribute("value"));
            Assert.Equal((before.Files + 1, before.Items), after);
        }
        else
        {
            Assert.True(
                response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && (location.Contains("/admin/dang-nhap") || location.Contains("/admin/khong-co-quyen"))),
                $"{role}: {(int)response.StatusCode} {location}");
            Assert.Equal(before, after);
        }
    }

    private async Task<(long Files, long Items)> FilesAndItemsAsync()
    {
        await using var connection = await matrix.Site.OpenDatabaseAsync();
        return await connection.QuerySingleAsync<(long, long)>("SELECT (SELECT COUNT(*) FROM media_files), (SELECT COUNT(*) FROM content_items)");
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
