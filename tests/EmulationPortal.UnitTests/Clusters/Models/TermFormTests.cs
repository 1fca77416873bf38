using EmulationPortal.Clusters.Models;

namespace EmulationPortal.UnitTests.Clusters.Models;

public sealed class TermFormTests
{
    [Fact]
    public void The_deputy_must_be_another_unit_than_the_leader()
    {
        Assert.Equal("Đơn vị phó phải khác đơn vị trưởng.", FormValidation.Errors(new TermForm { Leader = "tk-do-luong", Deputy = "tk-do-luong" })["Deputy"]);
        Assert.Empty(FormValidation.Errors(new TermForm { Leader = "tk-do-luong", Deputy = "tk-anh-son" }));
        Assert.Empty(FormValidation.Errors(new TermForm()));
        Assert.Empty(FormValidation.Errors(new TermForm { Leader = "", Deputy = "" }));
    }
}
