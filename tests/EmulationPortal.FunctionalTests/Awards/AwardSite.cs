using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;
using static EmulationPortal.FunctionalTests.Awards.AwardRegisterTests;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>
/// A site with a few years of award decisions of its own: one person three years running, a commune committee
/// spelt two ways, a kind missing from the catalogue, a line revoked and a decision revoked whole.
/// </summary>
public sealed class AwardSite : IAsyncLifetime
{
    public PortalFactory Site { get; } = PortalFactory.Fresh(demoContent: false);

    /// <summary>Lines of published decisions, revoked ones included.</summary>
    public const int Lines = 9;

    public const int RevokedLines = 2;

    public static JsonObject Recipe()
    {
        var recipe = TestRecipes.WithContent(
            Numbered("12/QĐ-UBND", "qd-2022", "Published", [Award("Giấy khen", "Individual", "Phạm Thị Dung", "Đơn vị A")], year: 2022),
            Numbered("23/QĐ-UBND", "qd-2023", "Published", [
                Award("CSTĐ cơ sở", "Individual", "Nguyễn Thị Hoa", "Đơn vị A"),
                Award("Cờ thi đua của UBND tỉnh", "Collective", "UBND xã Hạnh Lâm"),
            ], year: 2023),
            Numbered("24/QĐ-UBND", "qd-2024", "Published", [
                Award("Chiến sĩ thi đua cơ sở", "Individual", "Nguyễn Thị Hoa", "Đơn vị A"),
                Award("Giấy khen", "Individual", "Trần Văn Bình", "Thống kê cơ sở Đô Lương"),
                Award("Cờ thi đua của Ủy ban nhân dân tỉnh", "Collective", "Ủy ban nhân dân  xã Hạnh Lâm"),
            ], year: 2024),
            Numbered("25/QĐ-UBND", "qd-2025", "Published", [
                Award("Chiến sĩ thi đua cơ sở", "Individual", "NGUYỄN THỊ HOA", "đơn vị A"),
                Award("Bằng khen hạng đặc biệt", "Individual", "Lê Văn Cường", "Phòng không có trong danh bạ"),
                Award("Bằng khen của Chủ tịch UBND tỉnh", "Individual", "Trần Văn Bình", "Thống kê cơ sở Đô Lương"),
            ], year: 2025),
            Numbered("99/QĐ-UBND", "qd-thu-hoi", "Published", [], new JsonArray(
                new JsonObject { ["decision"] = "qd-2024", ["lines"] = new JsonArray(2) },
                new JsonObject { ["decision"] = "qd-2022" }), year: 2025),
            Numbered("77/QĐ-UBND", "qd-nhap", "Draft", [Award("Giấy khen", "Individual", "Nguyễn Thị Hoa", "Đơn vị A")], year: 2026),
            TestRecipes.Conference("hoi-nghi-giao-uoc", "Hội nghị ký kết giao ước thi đua năm 2025"));
        var steps = recipe["steps"]!.AsArray();
        steps[0]!["units"]!.AsArray().Add(new JsonObject { ["id"] = "xa-hanh-lam", ["name"] = "Ủy ban nhân dân xã Hạnh Lâm", ["province"] = "Nghệ An" });
        steps[0]!["units"]!.AsArray().Add(new JsonObject { ["id"] = "tk-do-luong", ["name"] = "Thống kê cơ sở Đô Lương", ["province"] = "Nghệ An" });
        steps[1]!["clusters"]![0]!["terms"] = new JsonArray(
            new JsonObject { ["year"] = 2025, ["leader"] = "don-vi-a", ["deputy"] = "tk-do-luong", ["members"] = new JsonArray("don-vi-a", "tk-do-luong", "xa-hanh-lam") },
            new JsonObject { ["year"] = 2024, ["leader"] = "xa-hanh-lam", ["members"] = new JsonArray("don-vi-a", "xa-hanh-lam") });
        return recipe;
    }

    private static JsonObject Numbered(string number, string id, string status, JsonArray awards, JsonArray? revokes = null, int year = 2024)
    {
        var decision = Decision(id, status, awards, revokes, year);
        decision["number"] = number;
        return decision;
    }

    public async Task InitializeAsync()
    {
        await Site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(Recipe()));
        await Site.ChangeFeedSettledAsync();
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
