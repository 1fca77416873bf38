using System.Globalization;
using EmulationPortal.Core.Content;
using EmulationPortal.Core.Text;
using EmulationPortal.Documents.Models;
using EmulationPortal.Documents.Services.Relations;
using EmulationPortal.Mvc.Caching;
using EmulationPortal.Mvc.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace EmulationPortal.Documents.Controllers;

/// <summary>The archive as JSON: <c>/api/documents</c> (a filtered list) and <c>/api/documents/{slug}</c> (one document with its relations both ways).</summary>
[EnableRateLimiting(PortalRateLimits.Search)]
public sealed class DocumentsApiController(DocumentArchive archive, ContentStore contentStore, ContentTypeRegistry contentTypes,
    IClusterDirectory clusterDirectory) : Controller
{
    private const int PageSize = 20;

    // Filters are bound as text: a value that does not read gets its 400 and never shares a cached answer with no filter.
    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/api/documents")]
    public async Task<IActionResult> List(string? type, string? status, string? year, string? cluster, string? q, string? number, string? page,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var types = contentTypes.NamesIn(DocumentsSection.Section);
        if (!string.IsNullOrWhiteSpace(type) && !types.Contains(type.Trim()))
        {
            errors["type"] = [$"Không có loại văn bản “{type}” (có: {string.Join(", ", types)})."];
        }
        var wantedStatus = DocumentStatuses.Parse(status);
        if (!string.IsNullOrWhiteSpace(status) && wantedStatus is null)
        {
            errors["status"] = [$"Không có tình trạng hiệu lực “{status}” (có: {string.Join(", ", DocumentStatuses.All)})."];
        }
        int? wantedYear = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            wantedYear = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
            if (wantedYear is null)
            {
                errors["year"] = [$"Năm “{year}” không phải một số."];
            }
        }
        var clusters = await clusterDirectory.AllAsync(cancellationToken);
        var wantedCluster = string.IsNullOrWhiteSpace(cluster) ? null
            : clusters.Values.FirstOrDefault(c => c.Id == cluster.Trim() || c.Slug == cluster.Trim());
        if (!string.IsNullOrWhiteSpace(cluster) && wantedCluster is null)
        {
            errors["cluster"] = [$"Không có cụm, khối thi đua “{cluster}”."];
        }
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && !(int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) && pageNumber >= 1))
        {
            errors["page"] = [$"Trang “{page}” phải là số từ 1 trở lên."];
        }
        if (errors.Count > 0)
        {
            return ApiProblems.BadParameters(errors);
        }
        var text = string.IsNullOrWhiteSpace(number) ? q : number;
        var numberKey = CitationReader.Key(text);
        var words = VietnameseText.FoldLower(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = (await archive.ListAsync(cancellationToken))
            .Where(d => string.IsNullOrWhiteSpace(type) || d.Type == type.Trim())
            .Where(d => wantedStatus is null || d.Status == wantedStatus)
            .Where(d => wantedYear is null || d.IssuedOn?.Year == wantedYear)
            .Where(d => wantedCluster is null || d.ClusterId == wantedCluster.Id)
            .Where(d => numberKey is not null ? CitationReader.Key(d.Number) == numberKey
                : words.All(w => VietnameseText.FoldLower($"{d.Number} {d.Title} {d.Summary}").Contains(w, StringComparison.Ordinal)))
            .ToList();
        return Ok(new
        {
            total = found.Count,
            page = pageNumber,
            pageCount = (found.Count + PageSize - 1) / PageSize,
            items = found.Skip((pageNumber - 1) * PageSize).Take(PageSize).Select(Item),
        });
    }

    [OutputCache(PolicyName = PublicPageCache.Policy)]
    [HttpGet("/api/documents/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var record = await contentStore.GetPublishedBySlugAsync(contentTypes.NamesIn(DocumentsSection.Section), slug, cancellationToken);
        if (record is null)
        {
            return ApiProblems.NotFound($"Không có văn bản “{slug}”.");
        }
        var data = (OfficialDocumentData)contentTypes.Deserialize(record.Type, record.Data);
        var relations = await archive.RelationsAsync(record.Id, record.Title, data, cancellationToken);
        // The list's fields first, as the list shows this document, then what only the detail carries.
        var detail = Item(new RegisteredDocument(record.Id, record.Type, record.Slug, record.Title, data.Number, data.IssuedOn, data.Issuer,
            data.Summary, record.ClusterId, data.EffectiveOn, data.ExpiresOn, relations.Status));
        detail["kind"] = contentTypes.Get(record.Type).Summarize(data).Label;
        detail["statusSetByHand"] = data.LegalStatus?.ToString();
        detail["legalBases"] = data.LegalBases;
        detail["signer"] = data.Signer is { } signer
            ? new { name = signer.Name, position = signer.Position, mode = signer.Mode, signsFor = signer.SignsFor, onBehalfOf = signer.OnBehalfOf }
            : null;
        detail["urgency"] = data.Urgency?.ToString();
        detail["confidentiality"] = data.Confidentiality?.ToString();
        detail["recipients"] = data.Recipients;
        detail["appendices"] = data.Appendices;
        detail["externalUrl"] = (data as ReferenceData)?.Url;
        detail["relations"] = new
        {
            outgoing = relations.Outgoing.Select(r => new { kind = r.Kind.ToString(), label = RelationKinds.Outgoing(r.Kind), text = r.Text, document = Reference(r.Document) }),
            incoming = relations.Incoming.Select(r => new { kind = r.Kind.ToString(), label = RelationKinds.Incoming(r.Kind), document = Reference(r.Document) }),
        };
        return Ok(detail);
    }

    private Dictionary<string, object?> Item(RegisteredDocument document) => new()
    {
        ["id"] = document.Id,
        ["type"] = document.Type,
        ["slug"] = document.Slug,
        ["url"] = Url.RouteUrl(Routes.Details, new { slug = document.Slug }),
        ["title"] = document.Title,
        ["number"] = document.Number,
        ["issuedOn"] = Date(document.IssuedOn),
        ["issuer"] = document.Issuer,
        ["summary"] = document.Summary,
        ["cluster"] = document.ClusterId,
        ["effectiveOn"] = Date(document.EffectiveOn),
        ["expiresOn"] = Date(document.ExpiresOn),
        ["status"] = document.Status.ToString(),
        ["statusLabel"] = DocumentStatuses.Label(document.Status),
    };

    private object? Reference(RegisteredDocument? document) => document is null ? null : new
    {
        slug = document.Slug,
        number = document.Number,
        title = document.Title,
        url = Url.RouteUrl(Routes.Details, new { slug = document.Slug }),
        status = document.Status.ToString(),
    };

    private static string? Date(DateOnly? date) =>
        date is { } value && value != default ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
}
