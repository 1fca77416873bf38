using System.Globalization;
using System.Text;

namespace EmulationPortal.Awards.Services.Charts;

/// <summary>A chart's numbers as CSV for a spreadsheet: the table under the chart, row for row.</summary>
public static class ChartCsv
{
    /// <summary>UTF-8 with a byte-order mark, without which Excel reads Vietnamese as Windows-1252.</summary>
    public static byte[] Write(ChartData data)
    {
        var multiple = data.Series.Count > 1;
        var csv = new StringBuilder();
        Row(csv, [data.CategoryLabel, .. data.Series.Select(s => s.Name), .. multiple ? new[] { "Tổng" } : []]);
        for (var i = 0; i < data.Categories.Count; i++)
        {
            var values = data.Series.Select(s => s.Values[i]).ToList();
            if (multiple)
            {
                values.Add(data.Total(i));
            }
            Row(csv, [data.Categories[i], .. values.Select(v => v.ToString(CultureInfo.InvariantCulture))]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Row(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Field));
        csv.Append("\r\n");
    }

    private static string Field(string value)
    {
        // A name starting like a formula would run as one when the file is opened in a spreadsheet.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
