using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>The administrators' users section, through the real login and the real forms.</summary>
public sealed class UsersAdminTests : IAsyncLifetime
{
    private const string AdminPassword = "Quantri-2026-matkhau";
    private const string Cluster42 = "cum-42-thong-ke-nghe-an";
    private const string Cluster11 = "cum-11-thanh-hoa";
    private const string Title42 = "Cụm thi đua số 42 – Thống kê tỉnh Nghệ An tổng kết phong trào thi đua năm 2025";
    private const string Title11 = "Cụm thi đua số 11 tổng kết năm 2025, triển khai nhiệm vụ năm 2026";

    private readonly PortalFactory _site = new(PortalFactory.NewDataPath(), demoContent: true,
        new Dictionary<string, string> { ["Portal:AdminPassword"] = AdminPassword }, ownsDataPath: true);

    private AdminClient _admin = null!;

    public async Task InitializeAsync() => _admin = await AdminClient.LoginAsync(_site, "admin", AdminPassword);

    public Task DisposeAsync()
    {
        _admin.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }

    private static List<KeyValuePair<string, string>> NewUser(string userName, string password, string? confirm = null, params (string Key, string Value)[] extra)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("UserName", userName),
            new("DisplayName", "Nguyễn Thị Hồng Nhung"),
            new("Email", "nhung.thongke@example.vn"),
            new("Password", password),
            new("ConfirmPassword", confirm ?? password),
            new($"Clusters[{Cluster42}]", "Editor"),
            new($"Clusters[{Cluster11}]", ""),
        };
        fields.AddRange(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value)));
        return fields;
    }

    private async Task<string> StateAsync()
    {
        await using var connection = await _site.OpenDatabaseAsync();
        var users = await connection.QueryAsync<string>(
            "SELECT user_name || '|' || COALESCE(display_name, '') || '|' || COALESCE(email, '') || '|' || COALESCE(password_hash, '') FROM users ORDER BY user_name");
        var roles = await connection.QueryAsync<string>("SELECT user_id || ':' || role FROM user_roles ORDER BY 1");
        var clusters = await connection.QueryAsync<string>("SELECT user_id || ':' || cluster_id || ':' || role FROM user_clusters ORDER BY 1");
        return string.Join("\n", users.Concat(roles).Concat(clusters));
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<string>("SELECT id FROM users WHERE user_name = @userName", new { userName })
            ?? throw new InvalidOperationException($"No user {userName}.");
    }

    [Fact]
    public async Task An_administrator_creates_a_cluster_editor_who_then_signs_in_and_sees_that_clusters_content()
    {
        var form = await _admin.GetDocumentAsync("/admin/nguoi-dung/tao");
        Assert.NotNull(form.QuerySelector($"select[name='Clusters[{Cluster42}]'] option[value=Editor]"));
        Assert.NotNull(form.QuerySelector("input[type=checkbox][name=Roles][value=Administrator]"));

        var response = await _admin.PostFormAsync("/admin/nguoi-dung/tao", NewUser("bientap42", "Thongke-42-matkhau"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/nguoi-dung", response.Headers.Location?.OriginalString);
        var list = await _admin.GetDocumentAsync("/admin/nguoi-dung");
        var row = list.QuerySelector("tr[data-user=bientap42]")!;
        Assert.Contains("Nguyễn Thị Hồng Nhung", row.TextContent);
        Assert.Contains("Biên tập viên: Cụm thi đua số 42 – Thống kê tỉnh Nghệ An", Normalize(row.TextContent));
        Assert.Contains("Quản trị hệ thống", list.QuerySelector("tr[data-user=admin]")!.TextContent);

        using var editor = await AdminClient.LoginAsync(_site, "bientap42", "Thongke-42-matkhau");
        var content = (await editor.GetDocumentAsync("/admin/noi-dung")).QuerySelector("table.list")!.TextContent;
        Assert.Contains(Title42, content);
        Assert.DoesNotContain(Title11, content);
        var menu = (await editor.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")!.TextContent;
        Assert.DoesNotContain("Người dùng", menu);
        Assert.Contains("Người dùng", (await _admin.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")!.TextContent);
    }

    [Fact]
    public async Task A_weak_password_a_mismatch_and_a_taken_user_name_are_refused_in_Vietnamese_and_nothing_is_created()
    {
        var before = await StateAsync();

        var tooShort = await _admin.PostFormAsync("/admin/nguoi-dung/tao", NewUser("nguoimoi", "ngan1"));
        var noDigit = await _admin.PostFormAsync("/admin/nguoi-dung/tao", NewUser("nguoimoi", "matkhaukhongcoso"));
        var mismatch = await _admin.PostFormAsync("/admin/nguoi-dung/tao", NewUser("nguoimoi", "Matkhau-2026-dai", "Matkhau-2026-khac"));
        var taken = await _admin.PostFormAsync("/admin/nguoi-dung/tao", NewUser("ADMIN", "Matkhau-2026-dai"));
        var badName = await _admin.PostFormAsync("/admin/nguoi-dung/tao", NewUser("người mới", "Matkhau-2026-dai"));
        var empty = await _admin.PostFormAsync("/admin/nguoi-dung/tao", [new("UserName", ""), new("Password", "")]);

        foreach (var response in new[] { tooShort, noDigit, mismatch, taken, badName, empty })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        }
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await ErrorsAsync(tooShort));
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số (0–9).", await ErrorsAsync(noDigit));
        Assert.Contains("Mật khẩu nhập lại không khớp.", await ErrorsAsync(mismatch));
        Assert.Contains("Tên đăng nhập \"ADMIN\" đã có người dùng.", await ErrorsAsync(taken));
        Assert.Contains("chỉ được gồm chữ cái không dấu", await ErrorsAsync(badName));
        var emptyErrors = await ErrorsAsync(empty);
        Assert.Contains("Chưa nhập tên đăng nhập.", emptyErrors);
        Assert.Contains("Chưa nhập mật khẩu.", emptyErrors);

        // Everything typed comes back except the passwords.
        var page = await PortalFactory.ParseAsync(await _admin.PostFormAsync("/admin/nguoi-dung/tao", NewUser("nguoimoi", "ngan1")));
        Assert.Equal("nguoimoi", page.QuerySelector("input[name=UserName]")!.GetAttribute("value"));
        Assert.Equal("Nguyễn Thị Hồng Nhung", page.QuerySelector("input[name=DisplayName]")!.GetAttribute("value"));
        Assert.Equal("nhung.thongke@example.vn", page.QuerySelector("input[name=Email]")!.GetAttribute("value"));
        Assert.True(page.QuerySelector($"select[name='Clusters[{Cluster42}]'] option[value=Editor]")!.HasAttribute("selected"));
        Assert.Null(page.QuerySelector("input[name=Password]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("input[name=ConfirmPassword]")!.GetAttribute("value"));

        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task An_administrator_cannot_take_away_their_own_administrator_role()
    {
        var id = await UserIdAsync("admin");
        var before = await StateAsync();

        var response = await _admin.PostFormAsync($"/admin/nguoi-dung/{id}",
        [
            new("UserName", "admin"), new("DisplayName", "Quản trị hệ thống"), new("Roles", "Staff"),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Bạn không thể tự bỏ quyền Quản trị hệ thống của chính mình", await ErrorsAsync(response));
        Assert.Equal(before, await StateAsync());
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync("/admin/nguoi-dung")).StatusCode);

        // Keeping the role, the administrator may change their own account and stays signed in.
        var kept = await _admin.PostFormAsync($"/admin/nguoi-dung/{id}",
        [
            new("UserName", "admin"), new("DisplayName", "Quản trị viên Ban Thi đua"), new("Roles", "Administrator"), new("Roles", "Staff"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal("Quản trị viên Ban Thi đua",
            (await _admin.GetDocumentAsync($"/admin/nguoi-dung/{id}")).QuerySelector("input[name=DisplayName]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_edit_changes_roles_clusters_and_password_and_a_locked_account_is_unlocked()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await _admin.PostFormAsync("/admin/nguoi-dung/tao", NewUser("duyet11", "Matkhau-cu-2026"))).StatusCode);
        var id = await UserIdAsync("duyet11");

        var saved = await _admin.PostFormAsync($"/admin/nguoi-dung/{id}",
        [
            new("UserName", "duyet11"), new("DisplayName", "Lê Văn Thành"), new("Email", ""), new("Roles", "Staff"),
            new($"Clusters[{Cluster42}]", ""), new($"Clusters[{Cluster11}]", "Reviewer"),
            new("Password", "Matkhau-moi-2026"), new("ConfirmPassword", "Matkhau-moi-2026"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/admin/nguoi-dung/{id}", saved.Headers.Location?.OriginalString);
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            Assert.Equal(["Staff"], await connection.QueryAsync<string>("SELECT role FROM user_roles WHERE user_id = @id", new { id }));
            Assert.Equal([$"{Cluster11}:Reviewer"], await connection.QueryAsync<string>(
                "SELECT cluster_id || ':' || role FROM user_clusters WHERE user_id = @id", new { id }));
            Assert.Null(await connection.ExecuteScalarAsync<string?>("SELECT email FROM users WHERE id = @id", new { id }));
        }
        var page = await _admin.GetDocumentAsync($"/admin/nguoi-dung/{id}");
        Assert.Equal("Lê Văn Thành", page.QuerySelector("input[name=DisplayName]")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("input[name=Roles][value=Staff]")!.HasAttribute("checked"));
        Assert.False(page.QuerySelector("input[name=Roles][value=Administrator]")!.HasAttribute("checked"));
        Assert.True(page.QuerySelector($"select[name='Clusters[{Cluster11}]'] option[value=Reviewer]")!.HasAttribute("selected"));

        using var visitor = AdminClient.Anonymous(_site);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.TryLoginAsync("duyet11", "Matkhau-cu-2026")).StatusCode);
        using (var signedIn = await AdminClient.LoginAsync(_site, "duyet11", "Matkhau-moi-2026"))
        {
            Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/admin/noi-dung")).StatusCode);
        }

        await using (var connection = await _site.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE users SET lockout_end_utc = @until, access_failed_count = 5 WHERE id = @id",
                new { id, until = DateTime.UtcNow.AddMinutes(15) });
        }
        Assert.Contains("Tạm khóa", (await _admin.GetDocumentAsync("/admin/nguoi-dung")).QuerySelector("tr[data-user=duyet11]")!.TextContent);
        var locked = await _admin.GetDocumentAsync($"/admin/nguoi-dung/{id}");
        Assert.NotNull(locked.QuerySelector($"form[action='/admin/nguoi-dung/{id}/mo-khoa']"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.TryLoginAsync("duyet11", "Matkhau-moi-2026")).StatusCode);

        var unlocked = await _admin.PostFormAsync($"/admin/nguoi-dung/{id}/mo-khoa", []);

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Null((await _admin.GetDocumentAsync($"/admin/nguoi-dung/{id}")).QuerySelector($"form[action='/admin/nguoi-dung/{id}/mo-khoa']"));
        using var again = await AdminClient.LoginAsync(_site, "duyet11", "Matkhau-moi-2026");
    }

    [Fact]
    public async Task Someone_who_is_not_an_administrator_is_refused_every_users_page_and_form_and_nothing_changes()
    {
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(new JsonObject
        {
            ["name"] = "nguoi-dung-thu",
            ["steps"] = new JsonArray(TestRecipes.UsersStep(
                TestRecipes.Person("canbo", "Canbo-matkhau-2026", ["Staff"]),
                TestRecipes.Person("duyet42", "Duyet42-matkhau-2026", null, (Cluster42, "Reviewer")))),
        }));
        var adminId = await UserIdAsync("admin");
        var before = await StateAsync();

        foreach (var (userName, password) in new[] { ("canbo", "Canbo-matkhau-2026"), ("duyet42", "Duyet42-matkhau-2026") })
        {
            using var client = await AdminClient.LoginAsync(_site, userName, password);
            var ownId = await UserIdAsync(userName);
            foreach (var url in new[] { "/admin/nguoi-dung", "/admin/nguoi-dung/tao", $"/admin/nguoi-dung/{adminId}", $"/admin/nguoi-dung/{ownId}" })
            {
                AssertRefused(await client.GetAsync(url), $"{userName} GET {url}");
            }
            AssertRefused(await client.PostFormAsync("/admin/nguoi-dung/tao", NewUser("chiemquyen", "Chiemquyen-2026", null, ("Roles", "Administrator"))),
                $"{userName} creates a user");
            AssertRefused(await client.PostFormAsync($"/admin/nguoi-dung/{ownId}",
                [new("UserName", userName), new("DisplayName", "Tự nâng quyền"), new("Roles", "Administrator")]), $"{userName} promotes themself");
            AssertRefused(await client.PostFormAsync($"/admin/nguoi-dung/{adminId}",
                [new("UserName", "admin"), new("DisplayName", "Bị đổi"), new("Password", "Doimatkhau-2026"), new("ConfirmPassword", "Doimatkhau-2026")]),
                $"{userName} changes the administrator's password");
            AssertRefused(await client.PostFormAsync($"/admin/nguoi-dung/{adminId}/mo-khoa", []), $"{userName} unlocks");
            Assert.DoesNotContain("Người dùng", (await client.GetDocumentAsync("/admin")).QuerySelector(".admin-nav")?.TextContent ?? "");
        }

        Assert.Equal(before, await StateAsync());
        using var admin = await AdminClient.LoginAsync(_site, "admin", AdminPassword);
    }

    [Fact]
    public async Task A_blank_display_name_and_a_mistyped_new_password_are_refused_in_Vietnamese_and_nothing_is_saved()
    {
        var id = await UserIdAsync("admin");
        var before = await StateAsync();

        var fields = NewUser("nguoimoi", "Matkhau-2026-dai");
        fields[1] = new("DisplayName", "   ");
        var created = await _admin.PostFormAsync("/admin/nguoi-dung/tao", fields);
        var saved = await _admin.PostFormAsync($"/admin/nguoi-dung/{id}",
            [new("UserName", "admin"), new("DisplayName", ""), new("Roles", "Administrator")]);
        var changed = await _admin.PostFormAsync("/admin/doi-mat-khau",
            [new("CurrentPassword", AdminPassword), new("NewPassword", "Matkhau-moi-2026"), new("ConfirmPassword", "Matkhau-khac-2026")]);

        foreach (var response in new[] { created, saved })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var page = await PortalFactory.ParseAsync(response);
            Assert.Equal("Chưa nhập họ tên hiển thị.", page.QuerySelector("input[name=DisplayName] ~ .field-error")!.TextContent);
            Assert.Contains("Chưa nhập họ tên hiển thị.", Normalize(page.QuerySelector(".error-box")!.TextContent));
        }
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Mật khẩu mới nhập lại không khớp.", await ErrorsAsync(changed));
        Assert.Equal(before, await StateAsync());
    }

    internal static void AssertRefused(HttpResponseMessage response, string what)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/khong-co-quyen")),
            $"{what}: {(int)response.StatusCode} {location}");
    }

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await PortalFactory.ParseAsync(response);
        return Normalize(page.QuerySelector(".error-box")?.TextContent ?? "");
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
