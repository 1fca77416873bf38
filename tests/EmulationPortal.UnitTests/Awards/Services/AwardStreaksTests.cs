using EmulationPortal.Awards.Services;

namespace EmulationPortal.UnitTests.Awards.Services;

public sealed class AwardStreaksTests
{
    private const string Hoa = "Individual:nguyen thi hoa@don-vi-a";

    private static AwardYear Cstd(int year, string subject = Hoa, bool revoked = false) =>
        new(subject, "Nguyễn Thị Hoa (Đơn vị A)", "chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở", year, revoked);

    [Fact]
    public void Consecutive_years_of_one_kind_make_a_streak_described_as_the_register_says_it()
    {
        var streak = Assert.Single(AwardStreaks.Of([Cstd(2025), Cstd(2023), Cstd(2024)]));

        Assert.Equal([2023, 2024, 2025], streak.Years);
        Assert.Equal("Chiến sĩ thi đua cơ sở: 2023, 2024, 2025 — 3 năm liên tục", streak.Describe());
    }

    [Fact]
    public void A_gap_ends_a_run_and_a_single_year_is_no_streak()
    {
        var streaks = AwardStreaks.Of([Cstd(2019), Cstd(2020), Cstd(2022), Cstd(2024), Cstd(2025), Cstd(2026)]);

        Assert.Equal(new[] { new[] { 2024, 2025, 2026 }, [2019, 2020] }, streaks.Select(s => s.Years.ToArray()));
    }

    [Fact]
    public void Two_awards_of_one_kind_in_one_year_count_as_that_year_once()
    {
        var streak = Assert.Single(AwardStreaks.Of([Cstd(2024), Cstd(2024), Cstd(2025)]));

        Assert.Equal([2024, 2025], streak.Years);
    }

    [Fact]
    public void A_revoked_award_does_not_count_and_breaks_the_run()
    {
        var streaks = AwardStreaks.Of([Cstd(2022), Cstd(2023), Cstd(2024, revoked: true), Cstd(2025)]);

        Assert.Equal(new[] { new[] { 2022, 2023 } }, streaks.Select(s => s.Years.ToArray()));
        Assert.Empty(AwardStreaks.Of([Cstd(2024), Cstd(2025, revoked: true)]));
    }

    [Fact]
    public void Kinds_and_recipients_keep_their_own_runs()
    {
        var other = new AwardYear(Hoa, "Nguyễn Thị Hoa (Đơn vị A)", "lao-dong-tien-tien", "Lao động tiên tiến", 2024, false);
        var namesake = "Individual:nguyen thi hoa@don-vi-b";

        Assert.Empty(AwardStreaks.Of([Cstd(2023), other with { Year = 2024 }, Cstd(2025, namesake), Cstd(2024, namesake) with { Revoked = true }]));
        Assert.Equal(2, AwardStreaks.Of([Cstd(2023), Cstd(2024), Cstd(2023, namesake), Cstd(2024, namesake)]).Count);
    }
}
