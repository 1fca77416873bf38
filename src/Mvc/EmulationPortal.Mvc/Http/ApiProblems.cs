using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Mvc.Http;

/// <summary>The public APIs' refusals as problem+json, in Vietnamese, naming each parameter that did not read.</summary>
public static class ApiProblems
{
    /// <param name="detail">The messages in the order they were found; by default, parameter by parameter.</param>
    public static IActionResult BadParameters(IReadOnlyDictionary<string, string[]> errors, string? detail = null) =>
        Problem(new ValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Điều kiện tra cứu không hợp lệ",
            Detail = detail ?? string.Join(" ", errors.SelectMany(e => e.Value)),
        });

    public static IActionResult NotFound(string detail) =>
        Problem(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Không tìm thấy", Detail = detail });

    private static ObjectResult Problem(ProblemDetails problem)
    {
        var result = new ObjectResult(problem) { StatusCode = problem.Status };
        result.ContentTypes.Add("application/problem+json");
        return result;
    }
}
