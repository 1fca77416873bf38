using System.Text.Json.Nodes;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.UnitTests.Core.Recipes;

public sealed class RecipeReaderTests
{
    // Reading a step's JSON touches no database: the session is never opened here.
    private static RecipeStepContext Context(string step) =>
        new() { Step = JsonNode.Parse(step)!.AsObject(), StepIndex = 1, Session = null!, BaseDirectory = "" };

    [Fact]
    public void A_steps_list_is_read_object_by_object_with_the_path_of_each()
    {
        var context = Context("""{ "name": "Clusters", "clusters": [ { "id": "a", "terms": [ { "year": 2026 }, { "year": 2027 } ] } ] }""");

        var (cluster, path) = Assert.Single(context.StepObjects("clusters", "id", "terms"));
        var terms = context.Objects(cluster, "terms", path, required: false, "year").ToList();

        Assert.Equal(("a", "clusters[0]"), ((string)cluster["id"]!, path));
        Assert.Equal(["clusters[0].terms[0]", "clusters[0].terms[1]"], terms.Select(t => t.Path));
        Assert.Empty(context.Objects(terms[0].Node, "members", terms[0].Path, required: false));
    }

    [Theory]
    [InlineData("""{ "name": "Units", "unit": [] }""", "Step 2 (Units), unit: is not a known field")]
    [InlineData("""{ "name": "Units" }""", "Step 2 (Units), units: is required")]
    [InlineData("""{ "name": "Units", "units": [ { "id": "a" }, 3 ] }""", "Step 2 (Units), units[1]: must be an object")]
    [InlineData("""{ "name": "Units", "units": [ { "id": "a", "pronvince": "B" } ] }""", "Step 2 (Units), units[0].pronvince: is not a known field")]
    public void A_malformed_list_is_refused_with_the_field_named(string step, string message)
    {
        var context = Context(step);

        Assert.Equal(message, Assert.Throws<RecipeException>(() => context.StepObjects("units", "id", "name").ToList()).Message);
    }
}
