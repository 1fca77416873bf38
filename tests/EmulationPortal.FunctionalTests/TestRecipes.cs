using System.Text.Json.Nodes;

namespace EmulationPortal.FunctionalTests;

/// <summary>Small recipes written by the tests, with a unit, a cluster and a real photo to refer to.</summary>
public static class TestRecipes
{
    public const string ClusterId = "cum-thu-nghiem";
    public const string ClusterSlug = "cum-thi-dua-thu-nghiem";

    public static JsonObject BaseSteps() => new()
    {
        ["name"] = "test",
        ["steps"] = new JsonArray(
            new JsonObject
            {
                ["name"] = "Units",
                ["units"] = new JsonArray(new JsonObject { ["id"] = "don-vi-a", ["name"] = "Đơn vị A", ["province"] = "Nghệ An" }),
            },
            new JsonObject
            {
                ["name"] = "Clusters",
                ["clusters"] = new JsonArray(new JsonObject
                {
                    ["id"] = ClusterId,
                    ["kind"] = "Cluster",
                    ["number"] = 99,
                    ["name"] = "Cụm thi đua thử nghiệm",
                    ["slug"] = ClusterSlug,
                    ["province"] = "Nghệ An",
                    ["reviewRequired"] = true,
                    ["terms"] = new JsonArray(new JsonObject { ["year"] = 2025, ["leader"] = "don-vi-a", ["members"] = new JsonArray("don-vi-a") }),
                }),
            }),
    };

    public static JsonObject Conference(string id, string title, string status = "Published", string body = "Nội dung bài viết.") => new()
    {
        ["type"] = "Conference",
        ["id"] = id,
        ["cluster"] = ClusterId,
        ["title"] = title,
        ["status"] = status,
        ["date"] = "2025-12-20",
        ["location"] = "Hội trường xã",
        ["body"] = body,
        ["photos"] = new JsonArray(new JsonObject { ["file"] = "anh.jpg", ["caption"] = "Toàn cảnh hội nghị" }),
    };

    /// <summary>An account for a recipe's <c>Users</c> step.</summary>
    public static JsonObject Person(string userName, string password, string[]? roles = null, params (string Cluster, string Role)[] clusters) => new()
    {
        ["userName"] = userName,
        ["displayName"] = userName,
        ["password"] = password,
        ["roles"] = new JsonArray((roles ?? []).Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
        ["clusters"] = new JsonArray(clusters.Select(c => (JsonNode)new JsonObject { ["cluster"] = c.Cluster, ["role"] = c.Role }).ToArray()),
    };

    public static JsonObject UsersStep(params JsonObject[] people) => new() { ["name"] = "Users", ["users"] = new JsonArray(people) };

    public static JsonObject WithUsers(JsonObject recipe, params JsonObject[] people)
    {
        recipe["steps"]!.AsArray().Add(UsersStep(people));
        return recipe;
    }

    public static JsonObject WithContent(params JsonObject[] items)
    {
        var recipe = BaseSteps();
        recipe["steps"]!.AsArray().Add(new JsonObject { ["name"] = "Content", ["items"] = new JsonArray(items) });
        return recipe;
    }

    /// <summary>Writes the recipe and a photo beside it, and returns the recipe's path.</summary>
    public static string Write(JsonObject recipe, string? directory = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "portal-recipes", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var photo = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "recipes", "demo", "photos"), "*.jpg").Order().First();
        File.Copy(photo, Path.Combine(directory, "anh.jpg"), overwrite: true);
        var path = Path.Combine(directory, "test.recipe.json");
        File.WriteAllText(path, recipe.ToJsonString());
        return path;
    }

    public static string WriteRaw(string json)
    {
        var path = Write(new JsonObject());
        File.WriteAllText(path, json);
        return path;
    }
}
