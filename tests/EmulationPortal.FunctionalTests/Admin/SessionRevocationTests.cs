using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>
/// A sign-in cookie stops working once its session is ended: by logging out, a new password, other
/// rights or a lock. The security stamp is checked on every request here (interval zero); in
/// production it is checked once a minute.
/// </summary>
public sealed class SessionRevocationTests : IAsyncLifetime
{
    private const string AdminPassword = "Quantri-2026-matkhau";
    private const string StaffPassword = "Canbo-matkhau-2026";

    private readonly PortalFactory _site = new(PortalFactory.NewDataPath(), demoContent: false,
        new Dictionary<string, string>
        {
            ["Portal:AdminPassword"] = AdminPassword,
            ["Portal:Sessions:ValidationInterval"] = "00:00:00",
        },
        ownsDataPath: true);

    private AdminClient _admin = null!;
    private AdminClient _staff = null!;
    private string _staffId = "";

    public async Task InitializeAsync()
    {
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(new JsonObject
        {
            ["name"] = "phien-dang-nhap",
            ["steps"] = new JsonArray(TestRecipes.UsersStep(TestRecipes.Person("canbo", StaffPassword, ["Staff"]))),
        }));
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            _staffId = await connection.ExecuteScalarAsync<string>("SELECT id FROM users WHERE user_name = 'canbo'") ?? "";
        }
        _admin = await AdminClient.LoginAsync(_site, "admin", AdminPassword);
        _staff = await AdminClient.LoginAsync(_site, "canbo", StaffPassword);
    }

    public Task DisposeAsync()
    {
        _staff.Dispose();
        _admin.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Logging_out_ends_the_session_for_every_copy_of_its_cookie()
    {
        var copy = _staff.CookieHeader;
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(copy)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await _staff.PostFormAsync("/admin/dang-xuat", [])).StatusCode);

        AssertSentToLogin(await WithCookieAsync(copy));
        // The administrator's own session is another stamp's and goes on.
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_password_set_by_an_administrator_ends_the_accounts_sessions()
    {
        var copy = _staff.CookieHeader;

        Assert.Equal(HttpStatusCode.Redirect, (await SaveStaffAsync(("Roles", "Staff"), ("Password", "Matkhau-moi-2026"), ("ConfirmPassword", "Matkhau-moi-2026"))).StatusCode);

        AssertSentToLogin(await _staff.GetAsync("/admin"));
        AssertSentToLogin(await WithCookieAsync(copy));
        using var again = await AdminClient.LoginAsync(_site, "canbo", "Matkhau-moi-2026");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Other_rights_end_the_accounts_sessions_and_a_change_of_name_alone_does_not()
    {
        Assert.Equal(HttpStatusCode.Redirect, (await SaveStaffAsync(("Roles", "Staff"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _staff.GetAsync("/admin")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveStaffAsync()).StatusCode);

        AssertSentToLogin(await _staff.GetAsync("/admin"));
    }

    [Fact]
    public async Task A_lock_ends_the_accounts_sessions_and_refuses_its_password_until_unlocked()
    {
        var copy = _staff.CookieHeader;

        Assert.Equal(HttpStatusCode.Redirect, (await _admin.PostFormAsync($"/admin/nguoi-dung/{_staffId}/khoa", [])).StatusCode);

        AssertSentToLogin(await WithCookieAsync(copy));
        using var visitor = AdminClient.Anonymous(_site);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.TryLoginAsync("canbo", StaffPassword)).StatusCode);
        Assert.Contains("Đã khóa", (await _admin.GetDocumentAsync("/admin/nguoi-dung")).QuerySelector("tr[data-user=canbo]")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await _admin.PostFormAsync($"/admin/nguoi-dung/{_staffId}/mo-khoa", [])).StatusCode);
        using var again = await AdminClient.LoginAsync(_site, "canbo", StaffPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_their_own_account()
    {
        string adminId;
        await using (var connection = await _site.OpenDatabaseAsync())
        {
            adminId = await connection.ExecuteScalarAsync<string>("SELECT id FROM users WHERE user_name = 'admin'") ?? "";
        }

        await _admin.PostFormAsync($"/admin/nguoi-dung/{adminId}/khoa", []);

        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync("/admin")).StatusCode);
        using var again = await AdminClient.LoginAsync(_site, "admin", AdminPassword);
    }

    private Task<HttpResponseMessage> SaveStaffAsync(params (string Key, string Value)[] fields) =>
        _admin.PostFormAsync($"/admin/nguoi-dung/{_staffId}",
            fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
                .Prepend(new("DisplayName", "Cán bộ " + Guid.NewGuid().ToString("N")[..6]))
                .Prepend(new("UserName", "canbo")));

    /// <summary>GET /admin with nothing but a copy of a cookie, as whoever stole it would.</summary>
    private async Task<HttpResponseMessage> WithCookieAsync(string cookie)
    {
        using var http = _site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request);
    }

    private static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(AdminClient.LoginPath, response.Headers.Location?.OriginalString ?? "");
    }
}
