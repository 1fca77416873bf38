using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Validation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.UnitTests.Mvc.Validation;

public sealed class ModelStateErrorsTests
{
    [Fact]
    public void A_refusal_found_after_binding_lands_at_the_field_the_form_posted()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Year", "năm nay", "năm nay");
        var refusals = new ValidationErrors();
        refusals.Add("year", "phải từ 1945 đến 2200");
        refusals.Add("awards[0].kind", "chưa được nhập");

        modelState.AddErrors(refusals);

        Assert.Equal("phải từ 1945 đến 2200", modelState.ErrorFor("Year"));
        Assert.Equal("chưa được nhập", modelState.ErrorFor("Awards[0].Kind"));
        Assert.Null(modelState.ErrorFor("title"));
        Assert.Equal(2, modelState.FirstErrors().Count);
    }

    [Fact]
    public void Each_field_shows_its_first_message_and_one_without_a_message_still_says_it_is_wrong()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Name", "Chưa nhập tên đơn vị.");
        modelState.AddModelError("Name", "Tên đơn vị dài quá 300 ký tự.");
        modelState.TryAddModelException("Number", new InvalidOperationException("a converter failed"));

        Assert.Equal([("Name", "Chưa nhập tên đơn vị."), ("Number", "giá trị đã nhập không hợp lệ")], modelState.FirstErrors().OrderBy(e => e.Field));
        Assert.Equal("Chưa nhập tên đơn vị.", modelState.ErrorFor("name"));
    }
}
