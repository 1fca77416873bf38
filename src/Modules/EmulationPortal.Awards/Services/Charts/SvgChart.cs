using System.Globalization;
using System.Xml.Linq;

namespace EmulationPortal.Awards.Services.Charts;

/// <summary>
/// Draws charts as inline SVG on the server, for pages that work without script under a CSP that allows
/// no style attributes: colours are presentation attributes, type comes from the theme's classes. Each
/// chart is an image with a title and a description, writes its values beside the marks, and is drawn in
/// a view box about as wide as a phone's column, so on a phone its labels keep the size they are drawn at;
/// labels that would collide are thinned to every n-th.
/// </summary>
public static class SvgChart
{
    public const double Width = 340;
    private const double FontSize = 12;

    /// <summary>A generous average width of one character at <see cref="FontSize"/>, to space labels apart.</summary>
    private const double CharWidth = 6.8;

    private const double PlotHeight = 180;
    private const double BarRowHeight = 40;

    /// <summary>Okabe–Ito colours, told apart also with the common colour-vision deficiencies.</summary>
    public static readonly IReadOnlyList<string> Palette = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#6b6b6b"];

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Vertical columns, one per category, the series stacked in their order from the axis up, each column's total above it.</summary>
    public static string Columns(string id, ChartData data)
    {
        if (data.IsEmpty)
        {
            return Empty(id, data);
        }
        var totals = data.Totals();
        var frame = Frame.For(data);
        var body = new List<XElement>(frame.Axes());
        var barWidth = Math.Min(frame.Band * 0.7, 48);
        for (var i = 0; i < data.Categories.Count; i++)
        {
            var x = frame.Left + frame.Band * i + (frame.Band - barWidth) / 2;
            var top = frame.Baseline;
            for (var s = 0; s < data.Series.Count; s++)
            {
                var value = data.Series[s].Values[i];
                if (value == 0)
                {
                    continue;
                }
                var height = frame.Scale.Map(value);
                top -= height;
                body.Add(Rect(x, top, barWidth, height, Palette[s % Palette.Count], $"{data.Categories[i]} – {data.Series[s].Name}: {Number(value)}"));
            }
            if (i % frame.LabelStep == 0)
            {
                body.Add(Text(x + barWidth / 2, top - 5, Number(totals[i]), "middle", "chart-value"));
            }
        }
        return Root(id, data, frame.Height, body, frame.Legend);
    }

    /// <summary>A line through the first series' values, a marked point and its value at each category.</summary>
    public static string Line(string id, ChartData data)
    {
        if (data.IsEmpty)
        {
            return Empty(id, data);
        }
        var values = data.Series[0].Values;
        var frame = Frame.For(data with { Series = [data.Series[0]] });
        var body = new List<XElement>(frame.Axes());
        var points = values.Select((value, i) => (X: frame.Left + frame.Band * (i + 0.5), Y: frame.Baseline - frame.Scale.Map(value))).ToList();
        body.Add(new XElement(Svg + "polyline",
            new XAttribute("points", string.Join(' ', points.Select(p => $"{Coordinate(p.X)},{Coordinate(p.Y)}"))),
            new XAttribute("fill", "none"), new XAttribute("stroke", Palette[0]), new XAttribute("stroke-width", "2.5")));
        for (var i = 0; i < points.Count; i++)
        {
            body.Add(new XElement(Svg + "circle",
                new XAttribute("cx", Coordinate(points[i].X)), new XAttribute("cy", Coordinate(points[i].Y)), new XAttribute("r", "4"),
                new XAttribute("fill", Palette[0]), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", "1.5"),
                new XElement(Svg + "title", $"{data.Categories[i]}: {Number(values[i])}")));
            if (i % frame.LabelStep == 0)
            {
                body.Add(Text(points[i].X, points[i].Y - 9, Number(values[i]), "middle", "chart-value"));
            }
        }
        return Root(id, data, frame.Height, body, frame.Legend);
    }

    /// <summary>The most categories drawn as bars of their own; a reader takes in that many at a glance.</summary>
    public const int MostBars = 15;

    /// <summary>
    /// Horizontal bars, one row per category with its name above the bar and its total after it: long
    /// names (clusters, units) keep the width of the screen instead of being squeezed under a column. Past
    /// <see cref="MostBars"/> categories (listed largest first) the rest share one bar; the table under the
    /// chart and its CSV keep every one.
    /// </summary>
    public static string Bars(string id, ChartData data)
    {
        if (data.IsEmpty)
        {
            return Empty(id, data);
        }
        var rows = Enumerable.Range(0, Math.Min(data.Categories.Count, MostBars))
            .Select(i => (Name: data.Categories[i], Values: data.Series.Select(s => s.Values[i]).ToList())).ToList();
        if (data.Categories.Count > MostBars)
        {
            var rest = data.Categories.Count - MostBars;
            rows.Add(($"{rest} mục còn lại (xem bảng số liệu)", data.Series.Select(s => s.Values.Skip(MostBars).Sum()).ToList()));
        }
        var totals = rows.Select(r => r.Values.Sum()).ToList();
        var (legend, legendHeight) = Legend(data);
        const double left = 4;
        var valueRoom = totals.Max(t => Number(t).Length) * CharWidth + 10;
        var scale = ChartScale.For(totals.Max(), Width - left - valueRoom);
        var body = new List<XElement>();
        var maxChars = (int)((Width - left) / CharWidth);
        for (var i = 0; i < rows.Count; i++)
        {
            var rowTop = legendHeight + BarRowHeight * i;
            var (name, values) = rows[i];
            body.Add(Text(left, rowTop + 14, name.Length > maxChars ? name[..(maxChars - 1)].TrimEnd() + "…" : name, "start", "chart-label"));
            var x = left;
            for (var s = 0; s < data.Series.Count; s++)
            {
                if (values[s] == 0)
                {
                    continue;
                }
                var length = scale.Map(values[s]);
                body.Add(Rect(x, rowTop + 20, length, 14, Palette[s % Palette.Count], $"{name} – {data.Series[s].Name}: {Number(values[s])}"));
                x += length;
            }
            body.Add(Text(x + 6, rowTop + 32, Number(totals[i]), "start", "chart-value"));
        }
        return Root(id, data, legendHeight + BarRowHeight * rows.Count + 4, body, legend);
    }

    /// <summary>A number as Vietnamese writes it (1.234).</summary>
    public static string Number(int value) => value.ToString("N0", Vietnamese);

    private static string Empty(string id, ChartData data) =>
        Root(id, data, 60, [Text(Width / 2, 34, "Chưa có số liệu", "middle", "chart-label")], []);

    private static string Root(string id, ChartData data, double height, IEnumerable<XElement> body, IEnumerable<XElement> legend)
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("class", "chart"),
            new XAttribute("viewBox", $"0 0 {Coordinate(Width)} {Coordinate(height)}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-size", Coordinate(FontSize)),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), data.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), data.Description),
            legend,
            body);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A key for charts of several series, wrapped into rows, in the order the series are stacked.</summary>
    private static (List<XElement> Items, double Height) Legend(ChartData data)
    {
        if (data.Series.Count < 2)
        {
            return ([], 0);
        }
        var items = new List<XElement>();
        double x = 0, y = 4;
        for (var s = 0; s < data.Series.Count; s++)
        {
            var width = 18 + data.Series[s].Name.Length * CharWidth + 14;
            if (x > 0 && x + width > Width)
            {
                x = 0;
                y += 20;
            }
            items.Add(new XElement(Svg + "rect", new XAttribute("x", Coordinate(x)), new XAttribute("y", Coordinate(y)),
                new XAttribute("width", "12"), new XAttribute("height", "12"), new XAttribute("fill", Palette[s % Palette.Count])));
            items.Add(Text(x + 18, y + 11, data.Series[s].Name, "start", "chart-label"));
            x += width;
        }
        return (items, y + 26);
    }

    private static XElement Rect(double x, double y, double width, double height, string fill, string title) =>
        new(Svg + "rect",
            new XAttribute("x", Coordinate(x)), new XAttribute("y", Coordinate(y)),
            new XAttribute("width", Coordinate(width)), new XAttribute("height", Coordinate(height)),
            new XAttribute("fill", fill), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", "0.75"),
            new XElement(Svg + "title", title));

    private static XElement Text(double x, double y, string text, string anchor, string cssClass, string? transform = null)
    {
        var element = new XElement(Svg + "text",
            new XAttribute("x", Coordinate(x)), new XAttribute("y", Coordinate(y)),
            new XAttribute("text-anchor", anchor), new XAttribute("class", cssClass), text);
        if (transform is not null)
        {
            element.Add(new XAttribute("transform", transform));
        }
        return element;
    }

    private static string Coordinate(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Where the plot of a column or line chart sits: the legend above, value ticks at the left, categories under.</summary>
    private sealed class Frame
    {
        public required ChartData Data { get; init; }
        public required ChartScale Scale { get; init; }
        public required List<XElement> Legend { get; init; }
        public required double Left { get; init; }
        public required double Top { get; init; }
        public required double Band { get; init; }

        /// <summary>Categories and values are labelled every n-th, n the least at which labels this wide never touch.</summary>
        public required int LabelStep { get; init; }

        public double Baseline => Top + PlotHeight;
        public double Height => Baseline + 44;

        public static Frame For(ChartData data)
        {
            var totals = data.Totals();
            var scale = ChartScale.For(totals.Max(), PlotHeight);
            var (legend, legendHeight) = Legend(data);
            // Room for the rotated axis label, then for the widest tick number.
            var left = 18 + Number(scale.Top).Length * CharWidth + 8;
            var band = (Width - left - 6) / data.Categories.Count;
            var widest = data.Categories.Concat(totals.Select(Number)).Max(l => l.Length) * CharWidth + 6;
            return new Frame
            {
                Data = data,
                Scale = scale,
                Legend = legend,
                Left = left,
                Top = legendHeight + 22,
                Band = band,
                LabelStep = Math.Max(1, (int)Math.Ceiling(widest / band)),
            };
        }

        public IEnumerable<XElement> Axes()
        {
            foreach (var tick in Scale.Ticks)
            {
                var y = Baseline - Scale.Map(tick);
                yield return new XElement(Svg + "line",
                    new XAttribute("x1", Coordinate(Left)), new XAttribute("x2", Coordinate(Width - 4)),
                    new XAttribute("y1", Coordinate(y)), new XAttribute("y2", Coordinate(y)),
                    new XAttribute("stroke", tick == 0 ? "#5b636e" : "#e3e5e8"), new XAttribute("stroke-width", "1"));
                yield return Text(Left - 6, y + 4, Number(tick), "end", "chart-tick");
            }
            for (var i = 0; i < Data.Categories.Count; i += LabelStep)
            {
                yield return Text(Left + Band * (i + 0.5), Baseline + 17, Data.Categories[i], "middle", "chart-tick");
            }
            yield return Text(Left + (Width - Left) / 2, Baseline + 38, Data.CategoryLabel, "middle", "chart-axis");
            var middle = Top + PlotHeight / 2;
            yield return Text(12, middle, Data.ValueLabel, "middle", "chart-axis", $"rotate(-90 12 {Coordinate(middle)})");
        }
    }
}
