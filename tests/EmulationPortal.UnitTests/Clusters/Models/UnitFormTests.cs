using EmulationPortal.Clusters.Models;

namespace EmulationPortal.UnitTests.Clusters.Models;

public sealed class UnitFormTests
{
    [Fact]
    public void A_unit_is_trimmed_as_it_is_bound_so_a_blank_name_is_a_missing_one()
    {
        var form = new UnitForm { Name = "   ", Province = " Nghệ An " };

        Assert.Equal(new Dictionary<string, string> { ["Name"] = "Chưa nhập tên đơn vị." }, FormValidation.Errors(form));
        Assert.Equal("Nghệ An", form.Province);
    }
}
