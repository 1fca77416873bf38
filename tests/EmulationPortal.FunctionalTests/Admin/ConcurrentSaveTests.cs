using System.Globalization;
using System.Net;
using Dapper;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>
/// Many saves of one item from the same version at the same moment, through the editor's form: on either
/// engine exactly one wins and every other person gets the conflict page with what they typed.
/// </summary>
public sealed class ConcurrentSaveTests : IAsyncLifetime
{
    private const string Password = "Matkhau-2026a";
    private const int Rounds = 5;
    private const int SavesPerRound = 10;
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public async Task InitializeAsync()
    {
        var recipe = TestRecipes.WithContent(TestRecipes.Conference("bai-nhap", "Bài nháp của cụm", status: "Draft"));
        TestRecipes.WithUsers(recipe, TestRecipes.Person("bientap", Password, null, (TestRecipes.ClusterId, "Editor")));
        await _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(recipe));
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Concurrent_saves_from_one_version_give_one_winner_and_the_conflict_page_with_each_persons_text()
    {
        using var editor = await AdminClient.LoginAsync(_site, "bientap", Password);
        // One token for every save of the round, fetched beforehand, so that the saves leave together.
        var token = await editor.TokenFromAsync("/admin/tin-tuc/bai-nhap/sua");
        var version = 1;
        for (var round = 1; round <= Rounds; round++)
        {
            var bodies = Enumerable.Range(1, SavesPerRound).Select(n => $"Bản [v{version}-n{n}] của người thứ {n}.").ToList();
            var answers = await Task.WhenAll(bodies.Select(body => editor.Http.PostAsync("/admin/tin-tuc/bai-nhap/sua",
                new FormUrlEncodedContent(Fields(version, body, token)))));

            var statuses = answers.Select(answer => answer.StatusCode).ToList();
            // Every answer in the comparison, so that a failure shows the whole round (a 500 among them, say).
            Assert.Equal(
                [HttpStatusCode.Redirect, .. Enumerable.Repeat(HttpStatusCode.Conflict, SavesPerRound - 1)],
                statuses.OrderBy(status => status));
            var winner = bodies[statuses.IndexOf(HttpStatusCode.Redirect)];
            for (var n = 0; n < SavesPerRound; n++)
            {
                if (statuses[n] != HttpStatusCode.Conflict)
                {
                    continue;
                }
                var page = await PortalFactory.ParseAsync(answers[n]);
                Assert.Contains("Có người vừa lưu bài này trước bạn", page.QuerySelector(".conflict")!.TextContent);
                Assert.Equal(bodies[n], page.QuerySelector("textarea[name=Body]")!.TextContent);
                // The version saved by the winner, so that saving the merged text again is accepted.
                Assert.Equal((version + 1).ToString(CultureInfo.InvariantCulture), page.QuerySelector("input[name=Version]")!.GetAttribute("value"));
            }

            version++;
            await using var connection = await _site.OpenDatabaseAsync();
            Assert.Equal(version, await connection.ExecuteScalarAsync<int>("SELECT latest_version FROM content_items WHERE id = 'bai-nhap'"));
            Assert.Equal(version, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM content_versions WHERE item_id = 'bai-nhap'"));
            var stored = await connection.ExecuteScalarAsync<string>(
                "SELECT data FROM content_versions WHERE item_id = 'bai-nhap' AND version = @version", new { version });
            Assert.Contains($"[v{version - 1}-n{bodies.IndexOf(winner) + 1}]", stored);
        }
    }

    private static Dictionary<string, string> Fields(int version, string body, string token) => new()
    {
        ["Version"] = version.ToString(CultureInfo.InvariantCulture),
        ["Title"] = "Bài nháp của cụm",
        ["ClusterId"] = TestRecipes.ClusterId,
        ["Date"] = "2025-12-20",
        ["Location"] = "Hội trường xã",
        ["Body"] = body,
        [AdminClient.TokenField] = token,
    };
}
