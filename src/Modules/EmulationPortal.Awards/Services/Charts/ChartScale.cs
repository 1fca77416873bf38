namespace EmulationPortal.Awards.Services.Charts;

/// <summary>
/// A linear scale from counts (0 to a round top) onto a length in the drawing. The top is the first
/// tick at or above the largest value, so the tallest bar never runs off the axis and ticks are
/// numbers a reader reads at a glance (1, 2, 5 times a power of ten).
/// </summary>
public sealed class ChartScale
{
    private ChartScale(IReadOnlyList<int> ticks, double length)
    {
        Ticks = ticks;
        Length = length;
    }

    /// <summary>The values marked on the axis, from 0 to <see cref="Top"/>.</summary>
    public IReadOnlyList<int> Ticks { get; }

    public int Top => Ticks[^1];

    /// <summary>The length the top maps onto.</summary>
    public double Length { get; }

    /// <param name="maxTicks">At most this many steps between 0 and the top.</param>
    public static ChartScale For(int maxValue, double length, int maxTicks = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 1);
        // Nothing to count still gets an axis from 0 to 1, so an empty chart draws and reads as zero.
        var max = Math.Max(maxValue, 1);
        var step = NiceStep((double)max / maxTicks);
        var ticks = new List<int> { 0 };
        while (ticks[^1] < max)
        {
            ticks.Add(ticks[^1] + step);
        }
        return new ChartScale(ticks, length);
    }

    public double Map(int value) => Length * value / Top;

    /// <summary>The smallest whole step of the form 1, 2 or 5 × 10ⁿ that is at least <paramref name="raw"/>.</summary>
    private static int NiceStep(double raw)
    {
        if (raw <= 1)
        {
            return 1;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return (int)(nice * magnitude);
    }
}
