using EmulationPortal.Awards.Services.Charts;

namespace EmulationPortal.UnitTests.Awards.Services.Charts;

public sealed class ChartScaleTests
{
    [Theory]
    [InlineData(37, new[] { 0, 10, 20, 30, 40 })]
    [InlineData(40, new[] { 0, 10, 20, 30, 40 })]
    [InlineData(3, new[] { 0, 1, 2, 3 })]
    [InlineData(1, new[] { 0, 1 })]
    [InlineData(9, new[] { 0, 2, 4, 6, 8, 10 })]
    [InlineData(1234, new[] { 0, 500, 1000, 1500 })]
    [InlineData(100000, new[] { 0, 20000, 40000, 60000, 80000, 100000 })]
    public void Ticks_are_round_steps_from_zero_to_the_first_at_or_above_the_largest_value(int max, int[] ticks) =>
        Assert.Equal(ticks, ChartScale.For(max, 180).Ticks);

    [Fact]
    public void Nothing_to_count_still_gets_an_axis_from_zero_to_one() =>
        Assert.Equal([0, 1], ChartScale.For(0, 180).Ticks);

    [Fact]
    public void Values_map_onto_the_length_in_proportion_to_the_top()
    {
        var scale = ChartScale.For(37, 180);
        Assert.Equal(0, scale.Map(0));
        Assert.Equal(90, scale.Map(20));
        Assert.Equal(180, scale.Map(40));
    }
}
