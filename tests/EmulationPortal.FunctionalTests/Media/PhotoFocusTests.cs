using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.FunctionalTests.Admin;
using EmulationPortal.News.Models;

namespace EmulationPortal.FunctionalTests.Media;

/// <summary>
/// A photo's focal point, set in the editor, reviewed and published with the write-up, carried by recipes, and used
/// where a card crops the photo; a value that does not read is refused in Vietnamese with the form kept.
/// </summary>
public sealed class PhotoFocusTests : IDisposable
{
    private const string Password = "Matkhau-2026a";
    private const string Id = "hoi-nghi-tam-diem";
    private const string EditPath = $"/admin/tin-tuc/{Id}/sua";
    private readonly PortalFactory _site;

    public PhotoFocusTests()
    {
        _site = PortalFactory.Fresh(demoContent: false);
        _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithUsers(
            TestRecipes.WithContent(TestRecipes.Conference(Id, "Hội nghị có ảnh chân dung", status: "Draft")),
            TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")),
            TestRecipes.Person("canbo", Password, ["Staff"])))).GetAwaiter().GetResult();
    }

    public void Dispose() => _site.Dispose();

    /// <summary>The edit form as the editor's browser would post it back, with <paramref name="changes"/> typed in.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(AdminClient editor, params (string Name, string Value)[] changes)
    {
        var page = await editor.GetDocumentAsync(EditPath);
        var fields = page.QuerySelectorAll("form input[name], form textarea[name], form select[name]")
            .Where(field => field.GetAttribute("type") is not ("file" or "submit") && field.GetAttribute("name") != AdminClient.TokenField)
            .ToDictionary(field => field.GetAttribute("name")!, field => field switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement text => text.Value ?? "",
                AngleSharp.Html.Dom.IHtmlSelectElement select => select.Value ?? "",
                _ => field.GetAttribute("value") ?? "",
            });
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }
        return fields;
    }

    private static string? FocusValue(IDocument page, string axis) => page.QuerySelector($"input[name='Photos[0].Focus.{axis}']")?.GetAttribute("value");

    private static IElement CardImage(IDocument page) => page.QuerySelector(".card .card-photo img")!;

    [Fact]
    public async Task The_editor_s_focal_point_survives_review_and_publish_reaches_the_card_and_leaves_the_lead_photo_uncropped()
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var untouched = await editor.GetDocumentAsync(EditPath);
        Assert.Equal(("0.5", "0.5"), (FocusValue(untouched, "X"), FocusValue(untouched, "Y")));

        var saved = await editor.PostFormAsync(EditPath, await FormAsync(editor, ("Photos[0].Focus.X", "0.3"), ("Photos[0].Focus.Y", "0,2")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var latest = await _site.Service<ContentStore>().GetLatestAsync(Id);
        var stored = ((ConferenceData)_site.Service<ContentTypeRegistry>().Deserialize(ConferenceType.TypeName, latest!.Data)).Photos[0];
        Assert.Equal(new PhotoFocus { X = 0.3m, Y = 0.2m }, stored.Focus);
        var again = await editor.GetDocumentAsync(EditPath);
        Assert.Equal(("0.3", "0.2"), (FocusValue(again, "X"), FocusValue(again, "Y")));

        await editor.PostFormAsync($"/admin/noi-dung/{Id}/chuyen", new Dictionary<string, string> { ["action"] = "Submit" });
        var staff = await AdminClient.LoginAsync(_site, "canbo", Password);
        await staff.PostFormAsync($"/admin/noi-dung/{Id}/chuyen", new Dictionary<string, string> { ["action"] = "Publish" });

        var card = CardImage(await _site.GetDocumentAsync("/tin-tuc"));
        Assert.Equal("focus-x-30 focus-y-20", card.GetAttribute("class"));
        var article = await _site.GetDocumentAsync("/tin-tuc/hoi-nghi-co-anh-chan-dung");
        Assert.Null(article.QuerySelector(".lead-photo img")!.GetAttribute("class"));
        // Shares show the largest rendition, as made: never a crop.
        Assert.EndsWith(article.QuerySelector(".lead-photo a")!.GetAttribute("href")!, article.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_focal_point_goes_out_and_back_in_with_a_recipe()
    {
        var folder = PortalFactory.NewDataPath();
        var first = Path.Combine(folder, "a", "site.recipe.json");
        var second = Path.Combine(folder, "b", "site.recipe.json");
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        await editor.PostFormAsync(EditPath, await FormAsync(editor, ("Photos[0].Focus.X", "0.72"), ("Photos[0].Focus.Y", "0.18")));
        await _site.Service<RecipeExecutor>().ExportAsync(first, includePasswordHashes: true);

        var photo = ContentItem(first)["photos"]![0]!;
        Assert.Equal("""{"x":0.72,"y":0.18}""", photo["focus"]!.ToJsonString());
        using var target = PortalFactory.Fresh(demoContent: false);
        await target.Service<RecipeExecutor>().RunAsync(first);
        await target.Service<RecipeExecutor>().ExportAsync(second, includePasswordHashes: true);

        Assert.True(JsonNode.DeepEquals(ContentItem(first), ContentItem(second)), "the item came back otherwise");
        using var targetEditor = await AdminClient.LoginAsync(target, "bientap", Password);
        var form = await targetEditor.GetDocumentAsync(EditPath);
        Assert.Equal(("0.72", "0.18"), (FocusValue(form, "X"), FocusValue(form, "Y")));
    }

    private static JsonObject ContentItem(string recipePath) =>
        JsonNode.Parse(File.ReadAllText(recipePath))!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["items"]![0]!.AsObject();

    [Theory]
    [InlineData("1.5", "tâm điểm (ngang)", "phải là một số từ 0 đến 1")]
    [InlineData("-0.1", "tâm điểm (ngang)", "phải là một số từ 0 đến 1")]
    [InlineData("giữa", "tâm điểm (ngang)", "phải là một số")]
    public async Task A_focal_point_that_does_not_read_is_refused_in_Vietnamese_and_nothing_typed_or_stored_is_lost(string typed, string label, string message)
    {
        var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        var response = await editor.PostFormAsync(EditPath, await FormAsync(editor,
            ("Photos[0].Focus.X", typed), ("Photos[0].Focus.Y", "0.4"), ("Photos[0].Caption", "Chân dung người nhận cờ")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await PortalFactory.ParseAsync(response);
        Assert.Contains($"Ảnh thứ 1: {label}", page.QuerySelector(".error-box")!.TextContent);
        Assert.Equal(message, page.QuerySelector("input[name='Photos[0].Focus.X'] + .field-error")!.TextContent.Trim());
        Assert.Equal((typed, "0.4"), (FocusValue(page, "X"), FocusValue(page, "Y")));
        Assert.Equal("Chân dung người nhận cờ", page.QuerySelector("input[name='Photos[0].Caption']")!.GetAttribute("value"));
        var latest = await _site.Service<ContentStore>().GetLatestAsync(Id);
        Assert.Equal(1, latest!.LatestVersion);
        Assert.DoesNotContain("focus", latest.Data);
    }
}
