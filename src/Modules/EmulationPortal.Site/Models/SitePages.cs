using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;

namespace EmulationPortal.Site.Models;

/// <summary>/lien-he: the contact card, with the organisation's JSON-LD.</summary>
public sealed record ContactPage(SiteCard Site, string OrganizationJsonLd);

/// <summary>/gioi-thieu: what the portal is, and the clusters and blocs it serves.</summary>
public sealed record AboutPage(SiteProfile Profile, IReadOnlyList<ClusterSummary> Clusters);
