using EmulationPortal.Clusters.Models;

namespace EmulationPortal.UnitTests.Clusters.Models;

public sealed class ClusterFormTests
{
    [Fact]
    public void Every_mistake_of_a_cluster_is_named_at_its_field_at_once()
    {
        var errors = FormValidation.Errors(new ClusterForm { Kind = "Tỉnh", Number = "bốn hai", Name = "  ", Province = new string('A', 101), Sector = new string('B', 201) });

        Assert.Equal(new Dictionary<string, string>
        {
            ["Kind"] = "Xin chọn Cụm thi đua hoặc Khối thi đua.",
            ["Number"] = "Số hiệu phải là số nguyên từ 1 đến 9999.",
            ["Name"] = "Chưa nhập tên cụm, khối thi đua.",
            ["Province"] = "Tên tỉnh, thành phố dài quá 100 ký tự.",
            ["Sector"] = "Tên ngành, lĩnh vực dài quá 200 ký tự.",
        }, errors);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000")]
    [InlineData("-5")]
    [InlineData("4 2")]
    public void A_number_outside_1_to_9999_is_refused(string number)
    {
        Assert.Equal("Số hiệu phải là số nguyên từ 1 đến 9999.", FormValidation.Errors(new ClusterForm { Name = "Cụm 42", Number = number })["Number"]);
    }

    [Fact]
    public void A_valid_cluster_reaches_the_service_trimmed_and_typed()
    {
        var form = new ClusterForm { Kind = "Bloc", Number = " 042 ", Name = "  Khối Thống kê ", Province = " ", Sector = "Thống kê", ReviewRequired = false };

        Assert.Empty(FormValidation.Errors(form));
        var input = form.ToInput();
        Assert.Equal((ClusterKind.Bloc, (int?)42, "Khối Thống kê", (string?)null, "Thống kê", false),
            (input.Kind, input.Number, input.Name, input.Province, input.Sector, input.ReviewRequired));
        Assert.Null(new ClusterForm { Name = "Cụm", Number = "" }.ToInput().Number);
    }
}
