using System.Text.Json.Nodes;
using Dapper;
using EmulationPortal.Clusters.Models;
using EmulationPortal.Clusters.Services;
using EmulationPortal.Core.Data;
using EmulationPortal.Core.Recipes;
using EmulationPortal.Core.Text;

namespace EmulationPortal.Clusters.Recipes;

/// <summary>The <c>Clusters</c> step: clusters and blocs with their yearly terms, which replace the stored ones.</summary>
public sealed class ClustersRecipeStep : IRecipeStep
{
    private readonly ISqlDialect _dialect;

    public ClustersRecipeStep(IDbConnectionFactory connections) => _dialect = connections.Dialect;

    public string Name => "Clusters";

    public int Order => 20;

    public async Task ImportAsync(RecipeStepContext context)
    {
        foreach (var (node, path) in context.StepObjects("clusters", "id", "kind", "number", "name", "slug", "province", "sector", "reviewRequired", "blockSubmitOnWarnings", "terms"))
        {
            var kindText = context.OptionalString(node, "kind", path) ?? nameof(ClusterKind.Cluster);
            if (!Enum.TryParse<ClusterKind>(kindText, out var kind) || !Enum.IsDefined(kind))
            {
                throw context.Error($"{path}.kind", $"'{kindText}' is not Cluster or Bloc");
            }
            var name = context.String(node, "name", path);
            var cluster = new Cluster
            {
                Id = context.String(node, "id", path),
                Kind = kind,
                Number = context.OptionalInt(node, "number", path),
                Name = name,
                Slug = context.OptionalString(node, "slug", path) ?? Slug.From(name),
                Province = context.OptionalString(node, "province", path),
                Sector = context.OptionalString(node, "sector", path),
                ReviewRequired = context.OptionalBool(node, "reviewRequired", path, fallback: true),
                BlockSubmitOnWarnings = context.OptionalBool(node, "blockSubmitOnWarnings", path, fallback: false),
            };
            if (!Slug.IsValid(cluster.Slug))
            {
                throw context.Error($"{path}.slug", $"'{cluster.Slug}' is not a valid slug");
            }
            await SaveClusterAsync(context, cluster, path);
            await SaveTermsAsync(context, cluster.Id, node, path);
        }
    }

    private async Task SaveClusterAsync(RecipeStepContext context, Cluster cluster, string path)
    {
        try
        {
            await context.Connection.ExecuteAsync("""
                INSERT INTO clusters (id, kind, number, name, slug, province, sector, review_required, block_submit_on_warnings)
                VALUES (@Id, @KindText, @Number, @Name, @Slug, @Province, @Sector, @ReviewRequired, @BlockSubmitOnWarnings)
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, number = excluded.number, name = excluded.name,
                    slug = excluded.slug, province = excluded.province, sector = excluded.sector,
                    review_required = excluded.review_required, block_submit_on_warnings = excluded.block_submit_on_warnings
                """,
                new { cluster.Id, KindText = cluster.Kind.ToString(), cluster.Number, cluster.Name, cluster.Slug, cluster.Province, cluster.Sector, cluster.ReviewRequired,
                    cluster.BlockSubmitOnWarnings },
                context.Transaction);
        }
        catch (Exception e) when (_dialect.IsUniqueViolation(e))
        {
            throw context.Error($"{path}.slug", $"'{cluster.Slug}' is already used by another cluster");
        }
    }

    private static async Task SaveTermsAsync(RecipeStepContext context, string clusterId, JsonObject cluster, string path)
    {
        await context.Connection.ExecuteAsync("DELETE FROM cluster_members WHERE cluster_id = @clusterId", new { clusterId }, context.Transaction);
        await context.Connection.ExecuteAsync("DELETE FROM cluster_terms WHERE cluster_id = @clusterId", new { clusterId }, context.Transaction);
        var years = new HashSet<int>();
        foreach (var (term, termPath) in context.Objects(cluster, "terms", path, required: false, "year", "leader", "deputy", "members"))
        {
            var year = context.OptionalInt(term, "year", termPath) ?? throw context.Error($"{termPath}.year", "is required");
            if (year is < 1945 or > 2200 || !years.Add(year))
            {
                throw context.Error($"{termPath}.year", $"{year} is not a plausible year, or appears twice");
            }
            var leader = await UnitAsync(context, context.OptionalString(term, "leader", termPath), $"{termPath}.leader");
            var deputy = await UnitAsync(context, context.OptionalString(term, "deputy", termPath), $"{termPath}.deputy");
            await context.Connection.ExecuteAsync("""
                INSERT INTO cluster_terms (cluster_id, year, leader_unit_id, deputy_unit_id) VALUES (@clusterId, @year, @leader, @deputy)
                """, new { clusterId, year, leader, deputy }, context.Transaction);
            var members = context.Array(term, "members", termPath, required: false);
            var seen = new HashSet<string>();
            for (var m = 0; m < members.Count; m++)
            {
                var memberPath = $"{termPath}.members[{m}]";
                var unitId = members[m] is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw context.Error(memberPath, "must be a unit id");
                await UnitAsync(context, unitId, memberPath);
                if (!seen.Add(unitId))
                {
                    throw context.Error(memberPath, $"'{unitId}' is listed twice");
                }
                await context.Connection.ExecuteAsync("""
                    INSERT INTO cluster_members (cluster_id, year, unit_id, position) VALUES (@clusterId, @year, @unitId, @m)
                    """, new { clusterId, year, unitId, m }, context.Transaction);
            }
        }
    }

    private static async Task<string?> UnitAsync(RecipeStepContext context, string? unitId, string path)
    {
        if (unitId is null)
        {
            return null;
        }
        var exists = await context.Connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM units WHERE id = @unitId", new { unitId }, context.Transaction);
        return exists > 0 ? unitId : throw context.Error(path, $"no unit has the id '{unitId}'");
    }

    public async Task<JsonObject?> ExportAsync(RecipeExportContext context)
    {
        var clusters = await ClusterStore.ListAsync(context.Connection, context.Transaction);
        if (clusters.Count == 0)
        {
            return null;
        }
        var list = new JsonArray();
        foreach (var cluster in clusters.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            var terms = new JsonArray();
            foreach (var term in (await ClusterStore.TermsAsync(context.Connection, context.Transaction, cluster.Id)).OrderBy(t => t.Year))
            {
                terms.Add(new JsonObject
                {
                    ["year"] = term.Year,
                    ["leader"] = term.Leader?.Id,
                    ["deputy"] = term.Deputy?.Id,
                    ["members"] = new JsonArray(term.Members.Select(m => (JsonNode)JsonValue.Create(m.Id)!).ToArray()),
                });
            }
            var entry = new JsonObject
            {
                ["id"] = cluster.Id,
                ["kind"] = cluster.Kind.ToString(),
                ["number"] = cluster.Number,
                ["name"] = cluster.Name,
                ["slug"] = cluster.Slug,
                ["province"] = cluster.Province,
                ["sector"] = cluster.Sector,
                ["reviewRequired"] = cluster.ReviewRequired,
            };
            // Written only when on, so a site that never used the setting exports as it did before it existed.
            if (cluster.BlockSubmitOnWarnings)
            {
                entry["blockSubmitOnWarnings"] = true;
            }
            entry["terms"] = terms;
            list.Add(entry);
        }
        return new JsonObject { ["name"] = Name, ["clusters"] = list };
    }
}
