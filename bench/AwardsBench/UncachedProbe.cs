using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using PageBench;

namespace AwardsBench;

/// <summary>
/// Requests as an anonymous reader's, except for an Authorization header: the portal's output cache neither answers
/// nor stores a request that carries one, and the portal signs nobody in from it (it uses a cookie), so every request
/// is rendered afresh on the reader's code path.
/// </summary>
internal static class UncachedProbe
{
    public static HttpClient Client(string baseUrl)
    {
        var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Add("Authorization", "Bearer awards-bench-uncached");
        return client;
    }

    public static async Task<int> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (int)response.StatusCode;
    }

    /// <summary>The time from sending the request to the last byte of the answer, and its size; anything but 200 ends the run.</summary>
    public static async Task<(double Milliseconds, long Bytes)> TimeAsync(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK
            ? (elapsed, body.Length)
            : throw new BenchException($"{path} answered {(int)response.StatusCode} {response.StatusCode} during the run");
    }

    /// <summary>
    /// What the API says the register holds, against what was imported, and that every filter narrows it and the page
    /// counts what the API counts: a filter the portal ignored would be measured as the whole register.
    /// </summary>
    public static async Task<string> CheckRegisterAsync(HttpClient client, AwardSite site)
    {
        var whole = await TotalAsync(client, "/api/awards");
        var report = new System.Text.StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"Register: /api/awards counts {whole:N0} award lines; {site.Lines:N0} were imported, {site.RevokedLines} of them revoked"));
        foreach (var query in AwardPages.Queries(site))
        {
            var total = await TotalAsync(client, query.Api);
            if (query.Narrows && total >= whole)
            {
                throw new BenchException($"{query.Api} counts {total} of {whole} lines: the filter was not applied");
            }
            using var response = await client.GetAsync(query.Page);
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK || !System.Text.RegularExpressions.Regex.IsMatch(html, string.Create(CultureInfo.InvariantCulture, $@"class=""result-count"">\s*{total} khen thưởng")))
            {
                throw new BenchException($"{query.Page} answered {(int)response.StatusCode} without the API's count {total} for {query.Api}");
            }
            report.Append(CultureInfo.InvariantCulture, $"\n  {total,7:N0} lines  {query.Page}");
        }
        return report.ToString();
    }

    private static async Task<long> TotalAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode == HttpStatusCode.OK && (long?)JsonNode.Parse(await response.Content.ReadAsStringAsync())?["total"] is { } total
            ? total
            : throw new BenchException($"{path} answered {(int)response.StatusCode} without a total");
    }
}
