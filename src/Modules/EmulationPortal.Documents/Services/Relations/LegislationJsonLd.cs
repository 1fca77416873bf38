using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationPortal.Documents.Models;

namespace EmulationPortal.Documents.Services.Relations;

/// <summary>A document as schema.org <c>Legislation</c>, for the JSON-LD block of its page.</summary>
public static class LegislationJsonLd
{
    // The default encoder writes '<', '>' and '&' as \u003C…, so no text an editor typed can close the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <param name="url">The absolute address of a document's page, by slug.</param>
    public static string Write(OfficialDocumentData data, string title, string kind, string slug, DocumentRelations relations, Func<string, string> url)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Legislation",
            ["name"] = title,
            ["description"] = data.Summary,
            ["legislationIdentifier"] = data.Number,
            ["legislationType"] = kind,
            ["legislationDate"] = Date(data.IssuedOn),
            ["legislationPassedBy"] = Organization(data.Issuer),
            ["author"] = Organization(data.Issuer),
            ["legislationLegalForce"] = DocumentStatuses.LegalForce(relations.Status),
            ["inLanguage"] = "vi",
            ["url"] = url(slug),
        };
        if (data.EffectiveOn is { } effective)
        {
            json["legislationDateOfApplicability"] = Date(effective);
        }
        if (data.ExpiresOn is { } expires)
        {
            json["expires"] = Date(expires);
        }
        if (data is ReferenceData { Url: { Length: > 0 } original })
        {
            json["sameAs"] = original;
        }
        Add(json, "isBasedOn", relations.Outgoing.Where(r => r.Kind is RelationKind.Cites or RelationKind.Answers), url);
        Add(json, "legislationChanges", relations.Outgoing.Where(r => r.Kind is RelationKind.Amends or RelationKind.Replaces
            or RelationKind.Revokes or RelationKind.RevokesPartly), url);
        Add(json, "legislationApplies", relations.Outgoing.Where(r => r.Kind == RelationKind.Implements), url);
        return json.ToJsonString(Options);
    }

    private static void Add(JsonObject json, string property, IEnumerable<RelatedDocument> related, Func<string, string> url)
    {
        var items = new JsonArray(related.Select(r => (JsonNode)Reference(r, url)).ToArray());
        if (items.Count > 0)
        {
            json[property] = items;
        }
    }

    private static JsonObject Reference(RelatedDocument related, Func<string, string> url)
    {
        var reference = new JsonObject { ["@type"] = "Legislation", ["legislationIdentifier"] = related.Document?.Number ?? related.Text };
        if (related.Document is { } document)
        {
            reference["name"] = document.Title;
            reference["url"] = url(document.Slug);
        }
        return reference;
    }

    private static JsonObject Organization(string name) => new() { ["@type"] = "GovernmentOrganization", ["name"] = name };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
