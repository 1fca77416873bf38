using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>
/// A browser-like client of the admin pages: it keeps cookies, never follows redirects (so tests
/// see where a request was sent), signs in through the real login form and posts forms with a
/// fresh antiforgery token, as a person's browser would.
/// </summary>
public sealed class AdminClient : IDisposable
{
    public const string LoginPath = "/admin/dang-nhap";
    public const string TokenField = "__RequestVerificationToken";

    private AdminClient(PortalFactory site, string? userName)
    {
        Site = site;
        UserName = userName;
        // No redirect handler: tests see where a request was sent.
        Http = site.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(Cookies));
    }

    /// <summary>The cookies this browser holds, e.g. to try a copy of its sign-in cookie elsewhere.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>The Cookie header this browser sends.</summary>
    public string CookieHeader => Cookies.GetCookieHeader(Http.BaseAddress!);

    public PortalFactory Site { get; }

    /// <summary>Who is signed in; null for a visitor who is not.</summary>
    public string? UserName { get; }

    public HttpClient Http { get; }

    /// <summary>
    /// The page whose forms give the token for <see cref="PostFormAsync"/>: any page with a form
    /// will do, since the token belongs to the person, not to the form.
    /// </summary>
    public string TokenPage => UserName is null ? LoginPath : "/admin/doi-mat-khau";

    /// <summary>A visitor who has not signed in.</summary>
    public static AdminClient Anonymous(PortalFactory site) => new(site, null);

    /// <summary>Signs in through the login form; fails the test when the site refuses.</summary>
    public static async Task<AdminClient> LoginAsync(PortalFactory site, string userName, string password)
    {
        var client = new AdminClient(site, userName);
        var response = await client.TryLoginAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            client.Dispose();
            throw new InvalidOperationException($"Could not sign in as '{userName}': {(int)response.StatusCode}. {Excerpt(body)}");
        }
        return client;
    }

    /// <summary>Posts the login form once and returns the answer as it is (a redirect on success).</summary>
    public async Task<HttpResponseMessage> TryLoginAsync(string userName, string password)
    {
        var token = await TokenFromAsync(LoginPath);
        return await Http.PostAsync(LoginPath, new FormUrlEncodedContent(
        [
            new("UserName", userName),
            new("Password", password),
            new(TokenField, token),
        ]));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    /// <summary>The page parsed; fails unless it answers 200.</summary>
    public async Task<IDocument> GetDocumentAsync(string url)
    {
        var response = await Http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}.");
        }
        return await PortalFactory.ParseAsync(response);
    }

    /// <summary>Posts the fields as a form, adding a fresh antiforgery token of this person.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenFromAsync(TokenPage);
        return await Http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new(TokenField, token)).ToList()));
    }

    /// <summary>The antiforgery token of the first form on <paramref name="url"/>.</summary>
    public async Task<string> TokenFromAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var document = await PortalFactory.ParseAsync(response);
        var token = document.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value");
        return string.IsNullOrEmpty(token)
            ? throw new InvalidOperationException($"No antiforgery token on {url} ({(int)response.StatusCode} {response.Headers.Location}).")
            : token;
    }

    public void Dispose() => Http.Dispose();

    private static string Excerpt(string html) => html.Length > 400 ? html[..400] : html;
}
