using Dapper;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Recipes;
using EmulationPortal.News.Models;
using EmulationPortal.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.FunctionalTests.Workflow;

public sealed class ScheduledPublishingTests
{
    private static readonly ContentAccess Reviewer = new("u-reviewer", "nguoiduyet", false, false,
        new Dictionary<string, ClusterRole> { [TestRecipes.ClusterId] = ClusterRole.Reviewer });

    private static readonly DateTimeOffset Start = new(2026, 1, 20, 1, 0, 0, TimeSpan.Zero);

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithClock(PortalFactory site, TimeProvider clock) =>
        site.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(clock)));

    private static async Task<string> ScheduledItemAsync(IServiceProvider services, DateTimeOffset at)
    {
        await services.GetRequiredService<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent()));
        var editing = services.GetRequiredService<ContentEditing>();
        var item = await editing.CreateAsync(Reviewer, ConferenceType.TypeName, TestRecipes.ClusterId, "Bài hẹn giờ",
            new ConferenceData { Date = new DateOnly(2026, 1, 21), Body = "Đăng lúc 8 giờ sáng." });
        await editing.ScheduleAsync(Reviewer, item.Id, at.UtcDateTime);
        return item.Id;
    }

    [Fact]
    public async Task A_scheduled_item_is_published_once_when_its_time_comes()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        var clock = new ManualClock(Start);
        using var app = WithClock(site, clock);
        var id = await ScheduledItemAsync(app.Services, Start.AddHours(1));
        var editing = app.Services.GetRequiredService<ContentEditing>();

        Assert.Equal(0, await editing.PublishDueAsync());
        clock.Now = Start.AddHours(1).AddSeconds(1);
        var runs = await Task.WhenAll(editing.PublishDueAsync(), editing.PublishDueAsync());

        Assert.Equal(1, runs.Sum());
        Assert.Equal(0, await editing.PublishDueAsync());
        var item = await app.Services.GetRequiredService<ContentStore>().GetLatestAsync(id);
        Assert.Equal(ContentStatus.Published, item!.Status);
        Assert.Null(item.ScheduledPublishUtc);
        var transitions = await app.Services.GetRequiredService<ContentStore>().ListTransitionsAsync(id);
        Assert.Equal(ContentEditing.SchedulerUserName, transitions[0].UserName);
        Assert.Contains("nguoiduyet", transitions[0].Comment);
    }

    [Fact]
    public async Task A_schedule_survives_a_restart_and_the_background_scheduler_publishes_it()
    {
        var dataPath = PortalFactory.NewDataPath();
        string id;
        using (var before = new PortalFactory(dataPath, demoContent: false))
        using (var app = WithClock(before, new ManualClock(Start)))
        {
            id = await ScheduledItemAsync(app.Services, Start.AddHours(1));
        }

        using var after = new PortalFactory(dataPath, demoContent: false,
            new Dictionary<string, string> { ["Portal:SchedulerIntervalSeconds"] = "1" }, ownsDataPath: true);
        using var restarted = WithClock(after, TimeProvider.System);
        var client = restarted.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await client.GetAsync("/tin-tuc/bai-hen-gio")).StatusCode != System.Net.HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        await using var connection = await after.OpenDatabaseAsync();
        Assert.Equal("Published", await connection.ExecuteScalarAsync<string>("SELECT status FROM content_items WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task Only_future_times_can_be_scheduled_and_only_by_those_who_may_publish()
    {
        using var site = PortalFactory.Fresh(demoContent: false);
        using var app = WithClock(site, new ManualClock(Start));
        var id = await ScheduledItemAsync(app.Services, Start.AddHours(1));
        var editing = app.Services.GetRequiredService<ContentEditing>();
        var editor = new ContentAccess("u-e", "bientap", false, false, new Dictionary<string, ClusterRole> { [TestRecipes.ClusterId] = ClusterRole.Editor });

        await Assert.ThrowsAsync<ContentValidationException>(() => editing.ScheduleAsync(Reviewer, id, Start.AddMinutes(-5).UtcDateTime));
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => editing.ScheduleAsync(editor, id, Start.AddHours(3).UtcDateTime));
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => editing.CancelScheduleAsync(editor, id));
    }
}
