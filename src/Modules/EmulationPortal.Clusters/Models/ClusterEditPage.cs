using EmulationPortal.Core.Awards;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EmulationPortal.Clusters.Models;

public sealed class ClusterEditPage
{
    /// <summary>Null while creating.</summary>
    public Cluster? Stored { get; set; }
    public ClusterForm Form { get; set; } = new();

    /// <summary>The errors on the page are the cluster form's (not a year's).</summary>
    [BindNever]
    public bool Refused { get; set; }

    public List<TermForm> Terms { get; set; } = [];
    public NewTermForm NewTerm { get; set; } = new();
    public IReadOnlyList<Unit> Units { get; set; } = [];
    public IReadOnlyList<string> Provinces { get; set; } = [];

    public bool IsNew => Stored is null;
    public bool IsBloc => Stored?.Kind == ClusterKind.Bloc;
    public string LeaderTitle => UnitRoles.Title(UnitRole.Leader, IsBloc);
    public string DeputyTitle => UnitRoles.Title(UnitRole.Deputy, IsBloc);
    public string Noun => IsBloc ? "khối" : "cụm";

    /// <summary>Units by province, the cluster's own province first.</summary>
    public IEnumerable<IGrouping<string, Unit>> UnitsByProvince() =>
        Units.GroupBy(u => u.Province ?? "Khác")
            .OrderBy(g => g.Key == Stored?.Province ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true));
}
