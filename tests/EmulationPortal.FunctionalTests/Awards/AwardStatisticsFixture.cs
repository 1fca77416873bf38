using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;
using static EmulationPortal.FunctionalTests.Awards.AwardRegisterTests;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>
/// Decisions of two clusters over three years for the statistics and admin tests: kinds of every level, one the
/// catalogue does not know, units matched and not, a revoked line and a draft that counts for nothing.
/// </summary>
public static class AwardStatisticsFixture
{
    public const string SecondClusterId = "cum-hai";
    public const string SecondClusterSlug = "cum-thi-dua-so-hai";
    public const string UnknownUnit = "Phòng Văn hóa – Thông tin huyện Yên Thành";

    /// <summary>Award lines that count: published and not revoked.</summary>
    public const int Counted = 8;

    public static JsonObject Recipe(params JsonObject[] people)
    {
        var recipe = TestRecipes.WithContent(
            Decision("qd-2023", "Published", [
                Award("Cờ thi đua của UBND tỉnh", "Collective", "Đơn vị A"),
                Award("Bằng khen của Chủ tịch UBND tỉnh", "Individual", "Nguyễn Thị Hoa", "Đơn vị A"),
                Award("Bằng khen của Thủ tướng Chính phủ", "Individual", "Trần Văn Bình", "Đơn vị A"),
                Award("Giấy khen của Giám đốc Sở", "Individual", "Lê Thị Cúc", UnknownUnit),
            ], year: 2023),
            InCluster(Decision("qd-2024", "Published", [
                Award("Chiến sĩ thi đua cơ sở", "Individual", "Phạm Văn Dũng", "Đơn vị B"),
                Award("Chiến sĩ thi đua cơ sở", "Individual", "Hoàng Thị Em", "Đơn vị B"),
                Award("Lao động tiên tiến", "Individual", "Vũ Văn Phúc", UnknownUnit),
            ], year: 2024), SecondClusterId),
            Decision("qd-2025", "Published", [
                Award("Chiến sĩ thi đua cơ sở", "Individual", "Nguyễn Thị Hoa", "Đơn vị A"),
                Award("Lao động tiên tiến", "Individual", "Đỗ Văn Giang", "Đơn vị A"),
            ], new JsonArray(new JsonObject { ["decision"] = "qd-2024", ["lines"] = new JsonArray(2) }), year: 2025),
            Decision("qd-nhap", "Draft", [Award("Giấy khen", "Individual", "Lê Văn Cường", "Đơn vị A")], year: 2025));
        var steps = recipe["steps"]!.AsArray();
        steps[0]!["units"]!.AsArray().Add(new JsonObject { ["id"] = "don-vi-b", ["name"] = "Đơn vị B", ["province"] = "Nghệ An" });
        steps[1]!["clusters"]!.AsArray().Add(new JsonObject
        {
            ["id"] = SecondClusterId,
            ["kind"] = "Cluster",
            ["number"] = 2,
            ["name"] = "Cụm thi đua số hai",
            ["slug"] = SecondClusterSlug,
            ["province"] = "Nghệ An",
            ["reviewRequired"] = false,
            ["terms"] = new JsonArray(new JsonObject { ["year"] = 2024, ["leader"] = "don-vi-b", ["members"] = new JsonArray("don-vi-b") }),
        });
        return people.Length == 0 ? recipe : TestRecipes.WithUsers(recipe, people);
    }

    public static Task ImportAsync(PortalFactory site, params JsonObject[] people) =>
        site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(Recipe(people)));

    private static JsonObject InCluster(JsonObject decision, string clusterId)
    {
        decision["cluster"] = clusterId;
        return decision;
    }
}
