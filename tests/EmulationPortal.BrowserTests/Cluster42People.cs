using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.BrowserTests;

/// <summary>The editor and the reviewer of the demo's Cụm 42, added to a portal through a recipe as an administrator would.</summary>
public static class Cluster42People
{
    public const string Cluster = "cum-42-thong-ke-nghe-an";
    public const string Password = "Matkhau-cum42-2026";
    public const string Editor = "bientap42";
    public const string Reviewer = "duyet42";

    public static async Task AddAsync(PortalServer portal)
    {
        var folder = Path.Combine(portal.DataPath, "people");
        Directory.CreateDirectory(folder);
        var recipe = new JsonObject
        {
            ["name"] = "cum-42-people",
            ["steps"] = new JsonArray(new JsonObject
            {
                ["name"] = "Users",
                ["users"] = new JsonArray(
                    Person(Editor, "Biên tập viên Cụm 42", "Editor"),
                    Person(Reviewer, "Văn phòng Cụm trưởng Cụm 42", "Reviewer")),
            }),
        };
        var path = Path.Combine(folder, "people.recipe.json");
        await File.WriteAllTextAsync(path, recipe.ToJsonString());
        await portal.Service<RecipeExecutor>().RunAsync(path);
    }

    private static JsonObject Person(string userName, string displayName, string role) => new()
    {
        ["userName"] = userName,
        ["displayName"] = displayName,
        ["password"] = Password,
        ["clusters"] = new JsonArray(new JsonObject { ["cluster"] = Cluster, ["role"] = role }),
    };
}
