using EmulationPortal.Awards.Services;
using EmulationPortal.Mvc.Content;

namespace EmulationPortal.Awards.Models;

/// <summary>A unit's page: its record from the register and the latest news of the clusters it belongs to.</summary>
public sealed record UnitPage(UnitRecord Record, IReadOnlyList<NewsCard> News);
