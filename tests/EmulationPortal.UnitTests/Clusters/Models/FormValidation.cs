using System.ComponentModel.DataAnnotations;

namespace EmulationPortal.UnitTests.Clusters.Models;

/// <summary>A form's errors as model validation finds them: every property checked, its messages under its name.</summary>
internal static class FormValidation
{
    public static Dictionary<string, string> Errors(object form)
    {
        var errors = new Dictionary<string, string>();
        foreach (var property in form.GetType().GetProperties().Where(p => p.CanWrite))
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateProperty(property.GetValue(form), new ValidationContext(form) { MemberName = property.Name }, results))
            {
                errors[property.Name] = string.Join(" ", results.Select(r => r.ErrorMessage));
            }
        }
        return errors;
    }
}
