using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationPortal.Mvc.Content;

namespace EmulationPortal.Mvc.Syndication;

/// <summary>The portal as a schema.org <c>GovernmentOrganization</c>, for the JSON-LD block of the home and contact pages.</summary>
public static class OrganizationJsonLd
{
    // '<', '>' and '&' come out as \u003C…, so no setting an administrator typed can close the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <param name="root">The site's absolute address, ending in '/'; the logo's address is made absolute against it.</param>
    public static string Write(SiteCard site, Uri root)
    {
        var profile = site.Profile;
        var organization = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "GovernmentOrganization",
            ["name"] = profile.Name,
            ["url"] = root.AbsoluteUri,
        };
        if (profile.Agency is { } agency)
        {
            organization["parentOrganization"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = agency };
        }
        if (profile.Address is { } address)
        {
            organization["address"] = new JsonObject { ["@type"] = "PostalAddress", ["streetAddress"] = address, ["addressCountry"] = "VN" };
        }
        if (profile.Phone is { } phone)
        {
            organization["telephone"] = phone;
        }
        if (profile.Email is { } email)
        {
            organization["email"] = email;
        }
        if (site.Logo is { } logo)
        {
            organization["logo"] = new Uri(root, logo.DefaultUrl.TrimStart('/')).AbsoluteUri;
        }
        return organization.ToJsonString(Options);
    }
}
