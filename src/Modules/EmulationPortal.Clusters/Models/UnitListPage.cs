using EmulationPortal.Clusters.Services;

namespace EmulationPortal.Clusters.Models;

public sealed record UnitListPage(IReadOnlyList<UnitListItem> Units);
