using System.Globalization;
using System.Xml.Linq;
using EmulationPortal.Awards.Services.Charts;

namespace EmulationPortal.UnitTests.Awards.Services.Charts;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static ChartData Data(string[] categories, params ChartSeries[] series) =>
        new("Khen thưởng theo năm", "Số lượt khen thưởng mỗi năm.", "Năm thi đua", "Số lượt khen thưởng", categories, series);

    private static ChartData Years(params int[] values) =>
        Data(values.Select((_, i) => (2020 + i).ToString(CultureInfo.InvariantCulture)).ToArray(), new ChartSeries("Số lượt", values));

    private static XElement Parse(string svg) => XElement.Parse(svg);

    /// <summary>The marks of the data: bars, not the legend's swatches (which are 12 × 12 at the top).</summary>
    private static List<XElement> Bars(XElement svg) =>
        svg.Descendants(Svg + "rect").Where(r => r.Element(Svg + "title") is not null).ToList();

    private static double Number(XElement element, string attribute) => double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    private static List<string> Texts(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == cssClass).Select(t => t.Value).ToList();

    public static TheoryData<string> Shapes => new() { "Columns", "Line", "Bars" };

    private static string Draw(string shape, ChartData data) => shape switch
    {
        "Line" => SvgChart.Line("bd", data),
        "Bars" => SvgChart.Bars("bd", data),
        _ => SvgChart.Columns("bd", data),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_chart_is_an_image_named_by_its_title_and_description_without_style_attributes(string shape)
    {
        var svg = Parse(Draw(shape, Years(3, 5)));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("bd-title bd-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Khen thưởng theo năm", svg.Elements(Svg + "title").Single(t => (string?)t.Attribute("id") == "bd-title").Value);
        Assert.Equal("Số lượt khen thưởng mỗi năm.", svg.Elements(Svg + "desc").Single(t => (string?)t.Attribute("id") == "bd-desc").Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.Empty(svg.Descendants(Svg + "style"));
        Assert.NotNull(svg.Attribute("viewBox"));
        Assert.Null(svg.Attribute("width"));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Empty_data_draws_a_note_and_no_marks(string shape)
    {
        foreach (var data in new[] { Years(), Years(0, 0) })
        {
            var svg = Parse(Draw(shape, data));

            Assert.Empty(Bars(svg));
            Assert.Empty(svg.Descendants(Svg + "circle"));
            Assert.Contains("Chưa có số liệu", svg.Descendants(Svg + "text").Select(t => t.Value));
        }
    }

    [Fact]
    public void A_zero_gets_no_bar_but_its_value_is_written()
    {
        var svg = Parse(SvgChart.Columns("bd", Years(3, 0, 5)));

        Assert.Equal(2, Bars(svg).Count);
        Assert.Equal(["3", "0", "5"], Texts(svg, "chart-value"));
        Assert.Equal(["2020", "2021", "2022"], Texts(svg, "chart-tick").Where(t => t.StartsWith("20", StringComparison.Ordinal)));
    }

    [Fact]
    public void One_year_only_draws_one_column_of_bounded_width_inside_the_view_box()
    {
        var svg = Parse(SvgChart.Columns("bd", Years(7)));

        var bar = Assert.Single(Bars(svg));
        Assert.InRange(Number(bar, "width"), 1, 48);
        Assert.InRange(Number(bar, "x"), 0, SvgChart.Width - Number(bar, "width"));
        Assert.Equal(["7"], Texts(svg, "chart-value"));
    }

    [Fact]
    public void Stacked_series_add_up_to_the_column_of_their_total_and_the_axis_reaches_above_it()
    {
        var data = Data(["2024", "2025"], new ChartSeries("Nhà nước", [2, 1]), new ChartSeries("Cơ sở", [18, 9]));
        var svg = Parse(SvgChart.Columns("bd", data));

        var bars = Bars(svg);
        Assert.Equal(4, bars.Count);
        // Ticks 0, 5, …, 20: the 2024 column (20) is the full plot height, 2025 (10) half of it.
        var ticks = Texts(svg, "chart-tick").Take(5).ToList();
        Assert.Equal(["0", "5", "10", "15", "20"], ticks);
        var heights = bars.GroupBy(b => Number(b, "x")).Select(g => g.Sum(b => Number(b, "height"))).ToList();
        Assert.Equal(2 * heights[1], heights[0], 0.2);
        Assert.Equal(["20", "10"], Texts(svg, "chart-value"));
        // The key names each series next to its colour, in the order they stack from the axis up.
        Assert.Equal(["Nhà nước", "Cơ sở"], Texts(svg, "chart-label"));
        Assert.Equal(SvgChart.Palette[0], (string?)bars.First(b => b.Element(Svg + "title")!.Value.Contains("Nhà nước", StringComparison.Ordinal)).Attribute("fill"));
    }

    [Fact]
    public void Labels_too_many_for_the_width_are_thinned_so_none_overlap()
    {
        var svg = Parse(SvgChart.Columns("bd", Years(Enumerable.Range(1, 40).Select(i => i * 1000).ToArray())));

        var labels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "chart-value").Select(t => Number(t, "x")).ToList();
        Assert.InRange(labels.Count, 2, 39);
        // "40.000" is about 6 characters of 7 units: labels at least that far apart never touch.
        Assert.All(labels.Zip(labels.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 6 * 6.8, $"{pair.First} and {pair.Second} collide"));
    }

    [Fact]
    public void A_line_has_a_point_and_a_value_at_every_year()
    {
        var svg = Parse(SvgChart.Line("bd", Years(4, 0, 9)));

        var points = ((string)svg.Descendants(Svg + "polyline").Single().Attribute("points")!).Split(' ');
        Assert.Equal(3, points.Length);
        Assert.Equal(3, svg.Descendants(Svg + "circle").Count());
        Assert.Equal(["4", "0", "9"], Texts(svg, "chart-value"));
        // The zero sits on the axis: the lowest point of the three.
        var heights = points.Select(p => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(heights.Max(), heights[1]);
    }

    [Fact]
    public void Horizontal_bars_keep_long_names_within_the_width_and_write_every_value_in_Vietnamese_digits()
    {
        var longName = "Cụm thi đua số 12 – Các cơ quan thống kê, kế hoạch và đầu tư khu vực miền Tây Nghệ An";
        var svg = Parse(SvgChart.Bars("bd", Data(["Đơn vị A", longName], new ChartSeries("Số lượt", [1234, 5]))));

        Assert.Equal(2, Bars(svg).Count);
        Assert.Equal(["1.234", "5"], Texts(svg, "chart-value"));
        var shown = Texts(svg, "chart-label")[1];
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.True(shown.Length * 6.8 <= SvgChart.Width, shown);
        Assert.Contains(longName, Bars(svg)[1].Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_text_never_markup()
    {
        var svg = SvgChart.Bars("bd", Data(["<script>alert(1)</script>"], new ChartSeries("Số lượt", [1])));

        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Bars_past_the_most_a_reader_takes_in_share_one_bar_that_counts_them_all()
    {
        var values = Enumerable.Range(1, SvgChart.MostBars + 7).Select(i => 100 - i).ToArray();
        var data = Data(values.Select(v => $"Cụm thi đua {v}").ToArray(), new ChartSeries("Số lượt", values));

        var svg = Parse(SvgChart.Bars("bd", data));

        var bars = Bars(svg);
        Assert.Equal(SvgChart.MostBars + 1, bars.Count);
        var rest = values.Skip(SvgChart.MostBars).Sum();
        Assert.Equal($"7 mục còn lại (xem bảng số liệu) – Số lượt: {SvgChart.Number(rest)}", bars[^1].Element(Svg + "title")!.Value);
        Assert.Equal(values.Take(SvgChart.MostBars).Append(rest).Select(SvgChart.Number), Texts(svg, "chart-value"));
    }
}
