namespace EmulationPortal.Awards.Services.Charts;

/// <summary>One row of numbers of a chart: a value for each category.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values);

/// <summary>
/// The numbers a chart shows, and nothing of how: the same data draws the SVG, fills the table under it
/// and becomes its CSV, so the three can never disagree.
/// </summary>
/// <param name="CategoryLabel">What the categories are (the axis label and the table's first column).</param>
/// <param name="ValueLabel">What the numbers count (the value axis label).</param>
public sealed record ChartData(string Title, string Description, string CategoryLabel, string ValueLabel,
    IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public int Total(int category) => Series.Sum(s => s.Values[category]);

    public IReadOnlyList<int> Totals() => Categories.Select((_, i) => Total(i)).ToList();

    public int GrandTotal => Series.Sum(s => s.Values.Sum());

    public bool IsEmpty => Categories.Count == 0 || GrandTotal == 0;
}
