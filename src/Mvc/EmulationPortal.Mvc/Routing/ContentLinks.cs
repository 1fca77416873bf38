using EmulationPortal.Core.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EmulationPortal.Mvc.Routing;

/// <summary>
/// The addresses of an item's pages, made from the route names its type declares (<see cref="ContentRoutes"/>), so
/// every template stays written once, on its action. Cards, search hits and the admin's item pages take them here.
/// </summary>
public sealed class ContentLinks(LinkGenerator links, IHttpContextAccessor http)
{
    public string Public(IContentType type, string slug) => Path(type.Routes.Public, new() { ["slug"] = slug });

    public string Preview(IContentType type, string id) => Path(type.Routes.Preview, new() { ["id"] = id });

    /// <summary>The preview opened through a shared link, whose key <paramref name="key"/> is.</summary>
    public string SharedPreview(IContentType type, string id, string key) =>
        Path(type.Routes.Preview, new() { ["id"] = id, [Content.SharedPreview.Key] = key });

    public string Edit(IContentType type, string id) => Path(type.Routes.Edit, new() { ["id"] = id });

    /// <summary>The editor of a new item of the type, in the cluster when one is given.</summary>
    public string Create(IContentType type, string? clusterId)
    {
        var values = new RouteValueDictionary();
        if (type.Routes.CreateTypeKey is { } typeKey)
        {
            values[typeKey] = type.Name;
        }
        values["cum"] = clusterId;
        return Path(type.Routes.Create, values);
    }

    // Without the request's ambient values: an address must not change with the page it is made on.
    private string Path(string routeName, RouteValueDictionary values) =>
        links.GetPathByRouteValues(routeName, values, http.HttpContext?.Request.PathBase ?? PathString.Empty)
        ?? throw new InvalidOperationException($"No route named '{routeName}' takes the values {string.Join(", ", values.Keys)}.");
}
