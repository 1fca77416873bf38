using EmulationPortal.Awards.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Awards.Controllers;

/// <summary>The register's refusals as problem+json, in Vietnamese, naming each filter that did not read.</summary>
internal static class AwardProblems
{
    public static IActionResult BadFilter(IReadOnlyList<AwardFilterError> errors) =>
        Problem(new ValidationProblemDetails(errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Điều kiện tra cứu không hợp lệ",
            Detail = string.Join(" ", errors.Select(e => e.Message)),
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
