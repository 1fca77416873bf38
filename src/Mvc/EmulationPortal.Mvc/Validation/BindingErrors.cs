using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Mvc.Validation;

public static class BindingErrors
{
    /// <summary>
    /// The values model binding refused, under the field names the content's own validation uses
    /// ("Awards[0].Year" → "awards[0].year"), so both kinds of error show by the same labels.
    /// </summary>
    public static ValidationErrors From(ModelStateDictionary modelState)
    {
        var errors = new ValidationErrors();
        foreach (var (key, entry) in modelState)
        {
            if (entry is not { ValidationState: ModelValidationState.Invalid })
            {
                continue;
            }
            var field = string.Join('.', key.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
            foreach (var error in entry.Errors)
            {
                errors.Add(field, error.ErrorMessage is { Length: > 0 } message ? message : "giá trị đã nhập không hợp lệ");
            }
        }
        return errors;
    }
}
