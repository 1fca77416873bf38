using Dapper;
using EmulationPortal.Users.Models;
using Microsoft.AspNetCore.Identity;

namespace EmulationPortal.FunctionalTests;

public sealed class SiteStartupTests
{
    [Fact]
    public async Task A_first_start_generates_the_admin_password_and_a_second_start_reuses_everything()
    {
        var dataPath = PortalFactory.NewDataPath();
        string password;
        int items;
        using (var first = new PortalFactory(dataPath, demoContent: true))
        {
            first.CreateClient();
            var file = await File.ReadAllLinesAsync(Path.Combine(dataPath, "initial-admin-password.txt"));
            Assert.Equal("admin", file[0]);
            password = file[1];
            Assert.True(password.Length >= 16);
            Assert.True(await PasswordMatchesAsync(first, "admin", password));
            await using var connection = await first.OpenDatabaseAsync();
            items = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items");
            Assert.True(items > 0);
        }
        using (var second = new PortalFactory(dataPath, demoContent: true))
        {
            second.CreateClient();
            await using var connection = await second.OpenDatabaseAsync();
            Assert.Equal(items, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
            Assert.Equal(items, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_versions"));
            Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM users"));
            Assert.Equal(password, (await File.ReadAllLinesAsync(Path.Combine(dataPath, "initial-admin-password.txt")))[1]);
        }
    }

    [Fact]
    public async Task A_configured_admin_name_and_password_are_used_and_nothing_is_written_down()
    {
        var dataPath = PortalFactory.NewDataPath();
        using var site = new PortalFactory(dataPath, demoContent: false, new Dictionary<string, string>
        {
            ["Portal:AdminUserName"] = "quantri",
            ["Portal:AdminPassword"] = "Mat-khau-rat-dai-2026",
        });
        site.CreateClient();

        Assert.False(File.Exists(Path.Combine(dataPath, "initial-admin-password.txt")));
        Assert.True(await PasswordMatchesAsync(site, "quantri", "Mat-khau-rat-dai-2026"));
        await using var connection = await site.OpenDatabaseAsync();
        Assert.Equal("Administrator", await connection.ExecuteScalarAsync<string>(
            "SELECT r.role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.user_name = 'quantri'"));
    }

    [Fact]
    public async Task Without_demo_content_the_site_starts_empty_but_set_up()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        var home = await site.GetDocumentAsync("/");

        Assert.Empty(home.QuerySelectorAll(".card"));
        Assert.Contains("Cổng thông tin Thi đua – Khen thưởng", home.Title);
        await using var connection = await site.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_items"));
        if (!TestDatabase.IsPostgres)
        {
            Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        }
    }

    private static async Task<bool> PasswordMatchesAsync(PortalFactory site, string userName, string password)
    {
        await using var connection = await site.OpenDatabaseAsync();
        var hash = await connection.ExecuteScalarAsync<string>(
            "SELECT password_hash FROM users WHERE user_name = @userName", new { userName });
        var hasher = site.Service<IPasswordHasher<PortalUser>>();
        return hash is not null && hasher.VerifyHashedPassword(new PortalUser(), hash, password) != PasswordVerificationResult.Failed;
    }
}
