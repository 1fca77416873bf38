using System.Threading.RateLimiting;
using EmulationPortal.Mvc.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace EmulationPortal.Consultations.Services;

/// <summary>
/// How many comments one address may send in an hour (<c>Portal:RateLimits:Comment</c>). Asked by the action rather
/// than the rate-limiting middleware, so that a refused reader gets the form back with what they wrote.
/// </summary>
public sealed class CommentLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.Comment.PermitsPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    /// <summary>Takes one comment from the address's allowance; null when it may send, else the minutes to wait.</summary>
    public int? Refusal(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            return null;
        }
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes)) : 60;
    }

    public void Dispose() => _limiter.Dispose();
}
