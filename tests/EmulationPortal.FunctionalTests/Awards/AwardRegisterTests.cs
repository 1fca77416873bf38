using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Awards.Services;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>The register follows the published decisions through every step of the workflow and every import.</summary>
public sealed class AwardRegisterTests : IDisposable
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    public static JsonObject Decision(string id, string status, JsonArray awards, JsonArray? revokes = null, int year = 2024)
    {
        var decision = new JsonObject
        {
            ["type"] = "AwardDecision",
            ["id"] = id,
            ["cluster"] = TestRecipes.ClusterId,
            ["title"] = $"Quyết định khen thưởng {id}",
            ["status"] = status,
            ["number"] = $"{Math.Abs(id.GetHashCode() % 900) + 100}/QĐ-UBND",
            ["issuedOn"] = $"{year + 1}-03-20",
            ["issuer"] = "Ủy ban nhân dân tỉnh Nghệ An",
            ["summary"] = "Về việc khen thưởng các tập thể, cá nhân",
            ["year"] = year,
            ["awards"] = awards,
        };
        if (revokes is not null)
        {
            decision["revokes"] = revokes;
        }
        return decision;
    }

    public static JsonObject Award(string kind, string type, string recipient, string? unit = null) => new()
    {
        ["kind"] = kind,
        ["recipientType"] = type,
        ["recipient"] = recipient,
        ["unit"] = unit,
    };

    private async Task<List<(int Line, string? KindId, string? UnitId, string? RevokedBy)>> LinesAsync(string itemId)
    {
        await using var connection = await _site.OpenDatabaseAsync();
        return (await connection.QueryAsync<(int, string?, string?, string?)>(
            "SELECT line, kind_id, unit_id, revoked_by FROM award_lines WHERE item_id = @itemId ORDER BY line", new { itemId })).AsList();
    }

    private Task ImportAsync(params JsonObject[] items) =>
        _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(TestRecipes.WithContent(items),
            TestRecipes.Person("canbo", "Matkhau-2026a", ["Staff"]))));

    private static readonly ContentAccess Staff = new("canbo", "canbo", false, true, new Dictionary<string, ClusterRole>());

    [Fact]
    public async Task Each_line_of_a_published_decision_is_a_record_linked_to_its_kind_and_unit_however_it_is_spelt()
    {
        await ImportAsync(
            Decision("qd-mot", "Published", [
                Award("Cờ thi đua của UBND tỉnh", "Collective", "ĐƠN VỊ   a"),
                Award("Bằng khen của Chủ tịch Uỷ ban nhân dân tỉnh", "Individual", "Nguyễn Thị Hoa", "đơn vị A."),
                Award("Bằng khen hạng đặc biệt không có", "Individual", "Trần Văn Bình", "Phòng không có trong danh bạ"),
            ]),
            Decision("qd-nhap", "Draft", [Award("Giấy khen", "Individual", "Lê Văn Cường", "Đơn vị A")]));

        var lines = await LinesAsync("qd-mot");
        Assert.Equal(
            [(1, "co-thi-dua-tinh", "don-vi-a", null), (2, "bang-khen-chu-tich-tinh", "don-vi-a", null), (3, null, null, null)],
            lines.Select(l => (l.Line, l.KindId, l.UnitId, l.RevokedBy)));
        Assert.Empty(await LinesAsync("qd-nhap"));
    }

    [Fact]
    public async Task The_register_follows_publish_unpublish_edit_and_archive()
    {
        await ImportAsync(Decision("qd-mot", "InReview", [Award("Giấy khen", "Individual", "Lê Văn Cường", "Đơn vị A")]));
        var editing = _site.Service<ContentEditing>();
        Assert.Empty(await LinesAsync("qd-mot"));

        await editing.TransitionAsync(Staff, "qd-mot", WorkflowAction.Publish, null);
        Assert.Single(await LinesAsync("qd-mot"));

        await editing.TransitionAsync(Staff, "qd-mot", WorkflowAction.Unpublish, null);
        Assert.Empty(await LinesAsync("qd-mot"));

        await editing.TransitionAsync(Staff, "qd-mot", WorkflowAction.Submit, null);
        await editing.TransitionAsync(Staff, "qd-mot", WorkflowAction.Publish, null);
        await editing.TransitionAsync(Staff, "qd-mot", WorkflowAction.Archive, null);
        Assert.Empty(await LinesAsync("qd-mot"));
    }

    [Fact]
    public async Task A_later_decision_revokes_lines_of_an_earlier_one_until_it_is_itself_taken_down()
    {
        await ImportAsync(
            Decision("qd-goc", "Published", [
                Award("Giấy khen", "Individual", "Lê Văn Cường", "Đơn vị A"),
                Award("Giấy khen", "Individual", "Phạm Thị Dung", "Đơn vị A"),
            ]),
            Decision("qd-thu-hoi", "Published", [], new JsonArray(new JsonObject { ["decision"] = "qd-goc", ["lines"] = new JsonArray(2) }), year: 2025));

        Assert.Equal([null, "qd-thu-hoi"], (await LinesAsync("qd-goc")).Select(l => l.RevokedBy));

        await _site.Service<ContentEditing>().TransitionAsync(Staff, "qd-thu-hoi", WorkflowAction.Unpublish, null);
        Assert.Equal([null, null], (await LinesAsync("qd-goc")).Select(l => l.RevokedBy));
    }

    [Fact]
    public async Task A_rebuild_gives_the_register_the_workflow_kept()
    {
        await ImportAsync(
            Decision("qd-goc", "Published", [Award("Giấy khen", "Individual", "Lê Văn Cường", "Đơn vị A")]),
            Decision("qd-thu-hoi", "Published", [], new JsonArray(new JsonObject { ["decision"] = "qd-goc" }), year: 2025));
        var before = await LinesAsync("qd-goc");

        await _site.Service<AwardRegister>().RebuildAsync();

        Assert.Equal(before, await LinesAsync("qd-goc"));
        Assert.Equal("qd-thu-hoi", before.Single().RevokedBy);
    }

    // The command line and the file it leaves are SQLite's, the engine a new site starts on.
    [Fact]
    [Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesChosenByTheTest)]
    public async Task A_site_imported_from_the_command_line_starts_with_its_register_built_and_an_older_register_is_rebuilt_at_start()
    {
        var dataPath = PortalFactory.NewDataPath();
        var run = await HostCommand.RunAsync("recipe", "run", TestRecipes.Write(AwardSite.Recipe()), $"--Portal:DataPath={dataPath}");
        Assert.True(run.ExitCode == 0, run.Output);

        // Read before any start: the import alone left a register that no start needs to build again.
        var database = $"Data Source={Path.Combine(dataPath, "portal.db")};Pooling=False";
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(database))
        {
            Assert.Equal(AwardRegister.FormatVersion, await connection.ExecuteScalarAsync<int>("SELECT format_version FROM award_register_state"));
            Assert.Equal(AwardSite.Lines, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM award_lines"));
            // As a site whose decisions were published before the register existed.
            await connection.ExecuteAsync("DELETE FROM award_lines; UPDATE award_register_state SET format_version = 0");
        }

        using var site = new PortalFactory(dataPath, demoContent: false, ownsDataPath: true);
        await using var started = await site.OpenDatabaseAsync();
        Assert.Equal(AwardSite.Lines, await started.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM award_lines"));
        Assert.Equal(AwardRegister.FormatVersion, await started.ExecuteScalarAsync<int>("SELECT format_version FROM award_register_state"));
    }
}
