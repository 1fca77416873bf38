using System.Text;
using EmulationPortal.Awards.Services.Charts;

namespace EmulationPortal.UnitTests.Awards.Services.Charts;

public sealed class ChartCsvTests
{
    [Fact]
    public void A_chart_of_several_series_is_its_table_with_a_total_column_in_UTF_8_with_a_byte_order_mark()
    {
        var data = new ChartData("Khen thưởng", "", "Năm thi đua", "Số lượt", ["2024", "2025"],
            [new ChartSeries("Nhà nước", [1, 0]), new ChartSeries("Cơ sở", [10, 12])]);

        var bytes = ChartCsv.Write(data);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Năm thi đua,Nhà nước,Cơ sở,Tổng\r\n2024,1,10,11\r\n2025,0,12,12\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Names_with_commas_or_quotes_are_quoted_and_names_that_look_like_formulas_are_kept_as_text()
    {
        var data = new ChartData("", "", "Đơn vị", "Số lượt", ["Phòng A, B", "Đội \"Sao đỏ\"", "=HYPERLINK(\"x\")"],
            [new ChartSeries("Số lượt", [1, 2, 3])]);

        var text = Encoding.UTF8.GetString(ChartCsv.Write(data)[3..]);

        Assert.Equal("Đơn vị,Số lượt\r\n\"Phòng A, B\",1\r\n\"Đội \"\"Sao đỏ\"\"\",2\r\n\"'=HYPERLINK(\"\"x\"\")\",3\r\n", text);
    }
}
