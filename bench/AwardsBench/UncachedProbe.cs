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

    /// <summary>What the API says the register holds, against what was imported: the import built it in full.</summary>
    public static async Task<string> RegisterTotalAsync(HttpClient client, AwardSite site)
    {
        using var response = await client.GetAsync("/api/awards");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"Register: /api/awards answered {(int)response.StatusCode}, so its size is not checked";
        }
        var total = (long?)JsonNode.Parse(await response.Content.ReadAsStringAsync())?["total"];
        return string.Create(CultureInfo.InvariantCulture, $"Register: /api/awards counts {total:N0} award lines; {site.Lines:N0} were imported, {site.RevokedLines} of them revoked");
    }
}
