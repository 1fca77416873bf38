using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Mvc.Validation;

/// <summary>
/// ModelState as the one channel of a form's errors: what model binding and validation refused, and what a
/// service or a content type refused afterwards, each at its field (keys compare without case, so "Year"
/// as bound and "year" as a content type names it are one field).
/// </summary>
public static class ModelStateErrors
{
    public static void AddErrors(this ModelStateDictionary modelState, ValidationErrors errors)
    {
        foreach (var (field, message) in errors.All)
        {
            modelState.AddModelError(field, message);
        }
    }

    /// <summary>The first message at a field, for the line beside it.</summary>
    public static string? ErrorFor(this ModelStateDictionary modelState, string field) =>
        modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? MessageOf(entry.Errors[0]) : null;

    /// <summary>The first message of each field, for the summary at the top of a form.</summary>
    public static IReadOnlyList<(string Field, string Message)> FirstErrors(this ModelStateDictionary modelState) =>
        modelState.Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (entry.Key, MessageOf(entry.Value!.Errors[0])))
            .ToList();

    /// <summary>An exception the binder caught has no message of its own; the person still learns which field is wrong.</summary>
    private static string MessageOf(ModelError error) => error.ErrorMessage is { Length: > 0 } message ? message : "giá trị đã nhập không hợp lệ";
}
