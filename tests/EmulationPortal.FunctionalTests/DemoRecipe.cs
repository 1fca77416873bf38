using System.Text.Json.Nodes;

namespace EmulationPortal.FunctionalTests;

/// <summary>The demo recipe as data, so that page tests check every item it holds, whatever it holds.</summary>
public static class DemoRecipe
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json");

    private static readonly Lazy<JsonObject> Root = new(() => JsonNode.Parse(File.ReadAllText(Path))!.AsObject());

    private static IEnumerable<JsonObject> Step(string name, string list) =>
        Root.Value["steps"]!.AsArray().Select(s => s!.AsObject()).Where(s => (string?)s["name"] == name)
            .SelectMany(s => s[list]!.AsArray().Select(i => i!.AsObject()));

    /// <summary>Every published item, of every type.</summary>
    public static IEnumerable<JsonObject> Published => Step("Content", "items").Where(i => (string?)i["status"] == "Published");

    public static IEnumerable<JsonObject> Items(string type) => Published.Where(i => (string?)i["type"] == type);

    /// <summary>The consultations, written in the short form of their own step; an export carries them in Content.</summary>
    public static IEnumerable<JsonObject> Consultations => Step("Consultations", "items");

    public static IEnumerable<JsonObject> Clusters => Step("Clusters", "clusters");

    public static IEnumerable<JsonObject> Units => Step("Units", "units");

    public static string UnitName(string id) => (string)Units.Single(u => (string?)u["id"] == id)["name"]!;

    public static JsonObject Cluster(string id) => Clusters.Single(c => (string?)c["id"] == id);
}
