using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EmulationPortal.Mvc.Content;

/// <summary>What a pager needs: where it is, how far it goes, and the list's other filters.</summary>
public sealed record PagerModel(int Page, int PageCount, string Path, IReadOnlyDictionary<string, string?> Query)
{
    /// <summary>A pager over the list a route shows, so the list's address is written once, on its action.</summary>
    public static PagerModel ForRoute(IUrlHelper url, string routeName, int page, int pageCount, IReadOnlyDictionary<string, string?> query) =>
        new(page, pageCount, url.RouteUrl(routeName) ?? throw new InvalidOperationException($"No route named '{routeName}'."), query);

    public string UrlFor(int page)
    {
        var query = Query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => KeyValuePair.Create(q.Key, q.Value));
        if (page > 1)
        {
            query = query.Append(KeyValuePair.Create("trang", (string?)page.ToString(CultureInfo.InvariantCulture)));
        }
        return QueryString.Create(query).ToUriComponent() is { Length: > 0 } qs ? Path + qs : Path;
    }
}
