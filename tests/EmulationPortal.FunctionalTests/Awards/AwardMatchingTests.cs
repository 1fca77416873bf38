using System.Text.Json.Nodes;
using EmulationPortal.Core.Awards;
using EmulationPortal.Core.Recipes;

namespace EmulationPortal.FunctionalTests.Awards;

/// <summary>What the editor is told before saving: the register's own links, and the decisions a revocation may name.</summary>
public sealed class AwardMatchingTests : IDisposable
{
    private readonly PortalFactory _site = PortalFactory.Fresh(demoContent: false);

    public void Dispose() => _site.Dispose();

    private Task ImportAsync(params JsonObject[] items) => _site.Service<RecipeExecutor>().RunAsync(TestRecipes.Write(TestRecipes.WithContent(items)));

    [Fact]
    public async Task Each_entry_gets_the_unit_and_kind_the_register_would_link()
    {
        await ImportAsync();
        var matches = await _site.Service<IAwardMatching>().MatchAsync([
            new AwardEntry("Cờ thi đua của UBND tỉnh", RecipientType.Collective, "ĐƠN VỊ   a", null, null),
            new AwardEntry("Giấy khen", RecipientType.Individual, "Nguyễn Thị Hoa", "đơn vị A", "don-vi-a"),
            new AwardEntry("Bằng khen không có", RecipientType.Individual, "Trần Văn Bình", "Phòng không có", null),
            new AwardEntry("Giấy khen", RecipientType.Individual, "Lê Văn Cường", null, "don-vi-da-xoa"),
            // Picked from the list, then typed over: the form still carries the id of a unit the row no longer names.
            new AwardEntry("Giấy khen", RecipientType.Individual, "Phạm Thị Dung", "Phòng không có", "don-vi-a"),
        ]);

        Assert.Equal(
            [
                new AwardMatch("don-vi-a", "Đơn vị A", "co-thi-dua-tinh", "Cờ thi đua của Ủy ban nhân dân tỉnh"),
                new AwardMatch("don-vi-a", "Đơn vị A", "giay-khen", "Giấy khen"),
                new AwardMatch(null, null, null, null),
                new AwardMatch(null, null, "giay-khen", "Giấy khen"),
                new AwardMatch(null, null, "giay-khen", "Giấy khen"),
            ],
            matches);
    }

    [Fact]
    public async Task A_published_decision_is_found_by_its_id_or_its_number_however_typed_and_a_shared_number_finds_each()
    {
        await ImportAsync(
            AwardRegisterTests.Decision("qd-mot", "Published", [AwardRegisterTests.Award("Giấy khen", "Individual", "Lê Văn Cường", "Đơn vị A")]),
            AwardRegisterTests.Decision("qd-nhap", "Draft", [AwardRegisterTests.Award("Giấy khen", "Individual", "Lê Văn Cường", "Đơn vị A")]));
        var matching = _site.Service<IAwardMatching>();
        var one = Assert.Single(await matching.FindDecisionsAsync(" qd-mot "));
        Assert.Equal(("qd-mot", 1), (one.Id, one.Lines));

        Assert.Equal("qd-mot", Assert.Single(await matching.FindDecisionsAsync(one.Number!.Replace("Đ", "D").ToLowerInvariant())).Id);
        Assert.Empty(await matching.FindDecisionsAsync("qd-nhap"));
        Assert.Empty(await matching.FindDecisionsAsync("  "));

        var twin = AwardRegisterTests.Decision("qd-hai", "Published", [AwardRegisterTests.Award("Giấy khen", "Individual", "Phạm Thị Dung", null)]);
        twin["number"] = one.Number;
        await ImportAsync(twin);
        Assert.Equal(["qd-hai", "qd-mot"], (await matching.FindDecisionsAsync(one.Number!)).Select(d => d.Id).Order());
    }
}
