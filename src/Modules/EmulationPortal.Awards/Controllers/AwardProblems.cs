using EmulationPortal.Awards.Models;
using EmulationPortal.Mvc.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Awards.Controllers;

/// <summary>The register's refusals, naming each filter that did not read.</summary>
internal static class AwardProblems
{
    public static IActionResult BadFilter(IReadOnlyList<AwardFilterError> errors) =>
        ApiProblems.BadParameters(errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            string.Join(" ", errors.Select(e => e.Message)));

    public static IActionResult NotFound(string detail) => ApiProblems.NotFound(detail);
}
