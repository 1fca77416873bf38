using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using EmulationPortal.Mvc.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Mvc.Http;

/// <summary>Limits per client address (<c>Portal:RateLimits</c>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Portal:RateLimits";

    public LoginLimit Login { get; set; } = new();

    public SearchLimit Search { get; set; } = new();

    public CommentLimit Comment { get; set; } = new();

    public sealed class LoginLimit
    {
        /// <summary>Sign-in attempts an address may make in a minute, right or wrong.</summary>
        public int PermitsPerMinute { get; set; } = 10;
    }

    public sealed class CommentLimit
    {
        /// <summary>Comments on consultations an address may send in an hour (a family or an office shares one address).</summary>
        public int PermitsPerHour { get; set; } = 10;
    }

    public sealed class SearchLimit
    {
        /// <summary>Searches and API calls an address may make in a minute, once its burst is spent.</summary>
        public int PermitsPerMinute { get; set; } = 60;

        /// <summary>How many may come at once, e.g. a reader paging quickly through results.</summary>
        public int Burst { get; set; } = 20;
    }
}

/// <summary>
/// ASP.NET Core rate limiting, partitioned by <see cref="ClientAddress"/>. An endpoint opts in with
/// <c>[EnableRateLimiting(PortalRateLimits.Login)]</c> or <c>…Search</c>; every <c>/api</c> endpoint takes
/// the search limit (a test holds every one to a limit), the search box's completions one of their own. A refused request answers 429 with Retry-After:
/// problem+json under <c>/api</c>, the Vietnamese error page (the status code pages, <c>/loi/429</c>) elsewhere.
/// </summary>
public static class PortalRateLimits
{
    public const string Login = "login";

    /// <summary>The search page and every API: one bucket per address, so alternating between them gains nothing.</summary>
    public const string Search = "search";

    /// <summary>
    /// The preview pages: opened through a shared link, a public endpoint limited as search is (in a bucket of its
    /// own); opened by people signed in, not limited.
    /// </summary>
    public const string Preview = "preview";

    /// <summary>
    /// The search box's completions, about one request per letter typed: a bucket of their own, four times the
    /// search's, so that typing a query never spends the search it leads to.
    /// </summary>
    public const string Completion = "completion";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.Login.PermitsPerMinute >= 1 && o.Search.PermitsPerMinute >= 1 && o.Search.Burst >= 1 && o.Comment.PermitsPerHour >= 1,
                $"{RateLimitOptions.Section}: every limit must be at least 1.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, configured) =>
        {
            var limits = configured.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            options.AddPolicy(Login, context => RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.Login.PermitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            // The search's bucket, or one that many times larger and faster.
            Func<string, TokenBucketRateLimiterOptions> SearchBucket(int times) => _ => new()
            {
                TokenLimit = limits.Search.Burst * times,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / (limits.Search.PermitsPerMinute * times),
                QueueLimit = 0,
            };
            options.AddPolicy(Search, context => RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), SearchBucket(1)));
            options.AddPolicy(Completion, context => RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), SearchBucket(4)));
            options.AddPolicy(Preview, context => context.Request.Query.ContainsKey(SharedPreview.Key)
                ? RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(context), SearchBucket(1))
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            // Left empty: the status code pages fill it with the Vietnamese page.
            return;
        }
        // Written here rather than through the problem details service, which left this response empty
        // (it is not an MVC result) and the status code pages then answered with HTML.
        await context.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Quá nhiều yêu cầu",
            Detail = $"Địa chỉ của bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Xin thử lại sau {seconds} giây.",
        }, (JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }
}
