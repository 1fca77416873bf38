using System.Diagnostics;
using System.Net;
using EmulationPortal.Users.Controllers.Admin;

namespace EmulationPortal.FunctionalTests.Admin;

/// <summary>What a stranger learns from the login form, and how far they can lock others out.</summary>
[Trait(TestDatabase.EnginesTrait, TestDatabase.EnginesEither)]
public sealed class LoginAbuseTests : IDisposable
{
    private const string AdminPassword = "Quantri-2026-matkhau";

    private readonly PortalFactory _site = new(PortalFactory.NewDataPath(), demoContent: false,
        new Dictionary<string, string> { ["Portal:AdminPassword"] = AdminPassword }, ownsDataPath: true);

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_unknown_name_takes_as_long_to_refuse_as_a_wrong_password()
    {
        using var client = AdminClient.Anonymous(_site);
        // Every attempt from an address of its own: the known name's wrong passwords never reach its lockout.
        var round = 0;
        async Task<TimeSpan> TimeAsync(string userName)
        {
            var attempt = await PostLoginAsync(client, userName, "Sai-mat-khau-2026", $"198.51.100.{++round}");
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.Response.StatusCode);
            return attempt.Time;
        }
        await TimeAsync("admin");
        await TimeAsync("khongcoai");

        var known = new List<TimeSpan>();
        var unknown = new List<TimeSpan>();
        for (var i = 0; i < 9; i++)
        {
            known.Add(await TimeAsync("admin"));
            unknown.Add(await TimeAsync($"khongcoai{i}"));
        }

        // Before, 7 ms against 215 ms; a password hash now dominates both. Medians and a wide factor keep
        // this steady on a busy machine.
        var knownMedian = Median(known);
        var unknownMedian = Median(unknown);
        Assert.True(unknownMedian * 3 >= knownMedian && knownMedian * 3 >= unknownMedian,
            $"median of a known name {knownMedian.TotalMilliseconds:F0} ms, of an unknown one {unknownMedian.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_locked_account_get_the_same_answer()
    {
        using var client = AdminClient.Anonymous(_site);
        const string stranger = "203.0.113.7";
        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("unknown name", (await PostLoginAsync(client, "khongcoai", "Sai-mat-khau-2026", stranger)).Response),
        };
        for (var i = 0; i < 5; i++)
        {
            answers.Add(($"wrong password {i + 1}", (await PostLoginAsync(client, "admin", "Sai-mat-khau-2026", stranger)).Response));
        }
        answers.Add(("locked, right password", (await PostLoginAsync(client, "admin", AdminPassword, stranger)).Response));
        for (var i = 0; i < 5; i++)
        {
            answers.Add(($"unknown name again {i + 1}", (await PostLoginAsync(client, "khongcoai", "Sai-mat-khau-2026", stranger)).Response));
        }

        foreach (var (what, response) in answers)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what}: {(int)response.StatusCode}");
            var error = (await PortalFactory.ParseAsync(response)).QuerySelector(".error-box")?.TextContent.Trim();
            Assert.True(error == AccountController.LoginFailed, $"{what}: {error}");
        }
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_lock_the_account_for_that_address_only()
    {
        using var client = AdminClient.Anonymous(_site);
        const string stranger = "203.0.113.8";
        for (var i = 0; i < 5; i++)
        {
            await PostLoginAsync(client, "admin", "Sai-mat-khau-2026", stranger);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync(client, "admin", AdminPassword, stranger)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostLoginAsync(client, "admin", AdminPassword, "192.0.2.20")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostLoginAsync(client, "admin", AdminPassword, "2001:db8:1:2::1")).Response.StatusCode);
        // Another address in a stranger's IPv6 /64 is the same line, and gains no fresh attempts.
        for (var i = 0; i < 5; i++)
        {
            await PostLoginAsync(client, "admin", "Sai-mat-khau-2026", "2001:db8:5:6::1");
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync(client, "admin", AdminPassword, "2001:db8:5:6::ffff")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostLoginAsync(client, "admin", AdminPassword, stranger)).Response.StatusCode);
    }

    /// <summary>One login POST from <paramref name="address"/>, timed without the form's GET before it.</summary>
    internal static async Task<LoginAttempt> PostLoginAsync(AdminClient client, string userName, string password, string address)
    {
        var token = await client.TokenFromAsync(AdminClient.LoginPath);
        using var request = new HttpRequestMessage(HttpMethod.Post, AdminClient.LoginPath)
        {
            Content = new FormUrlEncodedContent(
            [
                new("UserName", userName),
                new("Password", password),
                new(AdminClient.TokenField, token),
            ]),
        };
        request.Headers.Add(PortalFactory.ClientAddressHeader, address);
        var watch = Stopwatch.StartNew();
        var response = await client.Http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return new LoginAttempt(watch.Elapsed, response);
    }

    internal sealed record LoginAttempt(TimeSpan Time, HttpResponseMessage Response);

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);
}
