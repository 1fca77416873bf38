using EmulationPortal.Clusters.Models;

namespace EmulationPortal.UnitTests.Clusters.Models;

public sealed class NewTermFormTests
{
    [Theory]
    [InlineData(null, "Chưa nhập năm.")]
    [InlineData(" ", "Chưa nhập năm.")]
    [InlineData("năm sau", "Năm phải là một số có bốn chữ số, ví dụ 2026.")]
    [InlineData("1944", "Năm phải nằm trong khoảng 1945–2200.")]
    [InlineData("2201", "Năm phải nằm trong khoảng 1945–2200.")]
    public void A_year_to_add_must_be_a_year_the_portal_keeps(string? year, string message)
    {
        Assert.Equal(new Dictionary<string, string> { ["Year"] = message }, FormValidation.Errors(new NewTermForm { Year = year }));
    }

    [Fact]
    public void A_year_in_range_is_added_as_its_number()
    {
        var form = new NewTermForm { Year = " 2026 " };

        Assert.Empty(FormValidation.Errors(form));
        Assert.Equal(2026, form.ParseYear());
    }
}
