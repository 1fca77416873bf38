using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationPortal.News.Services;

/// <summary>A write-up as schema.org <c>NewsArticle</c> with its breadcrumb trail, for the JSON-LD block of its page.</summary>
public static class NewsArticleJsonLd
{
    // The default encoder writes '<', '>' and '&' as \u003C…, so no text an editor typed can close the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string Write(string headline, string? description, DateOnly date, DateTime? publishedUtc, DateTime modifiedUtc,
        IReadOnlyList<string> images, string publisher, string url, IReadOnlyList<(string Name, string Url)> trail)
    {
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = headline.Length > 110 ? headline[..110] : headline,
            ["description"] = description,
            ["datePublished"] = Timestamp(publishedUtc ?? date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)),
            ["dateModified"] = Timestamp(modifiedUtc),
            ["inLanguage"] = "vi",
            ["mainEntityOfPage"] = url,
            ["image"] = new JsonArray(images.Select(i => (JsonNode)JsonValue.Create(i)).ToArray()),
            ["publisher"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = publisher },
            ["author"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = publisher },
        };
        var breadcrumb = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new JsonArray(trail.Select((step, i) => (JsonNode)new JsonObject
            {
                ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = step.Name, ["item"] = step.Url,
            }).ToArray()),
        };
        return new JsonArray(article, breadcrumb).ToJsonString(Options);
    }

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
