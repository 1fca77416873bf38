using EmulationPortal.Core.Content;
using EmulationPortal.Mvc.Content;

namespace EmulationPortal.Web.Models;

public sealed record HomePage(IReadOnlyList<NewsCard> News, IReadOnlyList<ContentCard> Documents, IReadOnlyList<ClusterSummary> Clusters, string OrganizationJsonLd);
