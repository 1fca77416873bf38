using System.Collections.Concurrent;
using System.Globalization;
using EmulationPortal.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace EmulationPortal.Mvc.Caching;

/// <summary>
/// The output cache of the pages anonymous readers get. A page is kept until what it shows may have
/// changed: any change readers may see to content, clusters or site settings, on this node or another (the change feed),
/// evicts every public page. People signed in (editors previewing, staff who also see archived items)
/// never get a cached page and never fill the cache.
/// </summary>
/// <remarks>
/// Evicting alone would leave a race: a request that read the database just before a publish can store
/// its page just after the eviction. So every page is also stored under the generation of the content
/// it was read at, which each change moves on: a page from before a change can never be served after it.
/// <para>
/// A page varies only by the query keys its action binds, each read as the action reads it (the first
/// value; a number as the number it parses to, or absent): <c>/tin-tuc?x=1</c>, <c>?trang=01</c> and
/// <c>?trang=abc</c> are the page already stored, not new entries. What legitimately varies without end
/// (search words, page numbers) is held by the store's size limit.
/// </para>
/// </remarks>
public sealed class PublicPageCache : IOutputCachePolicy
{
    /// <summary>The output-cache policy name public actions carry: <c>[OutputCache(PolicyName = PublicPageCache.Policy)]</c>.</summary>
    public const string Policy = "public-page";

    private const string Tag = "public-page";

    /// <summary>How long a page is kept when nothing changes: eviction, not expiry, keeps pages fresh.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>All stored pages together: some hundreds of pages of tens of kilobytes, whatever requests come.</summary>
    public const long SizeLimit = 48L * 1024 * 1024;

    /// <summary>A page larger than this is served but not kept.</summary>
    public const long MaximumBodySize = 1024 * 1024;

    private readonly ConcurrentDictionary<Endpoint, IReadOnlyList<QueryKey>> _queryKeys = new();

    private readonly IServiceProvider _services;
    private readonly ILogger<PublicPageCache> _logger;
    private long _generation;

    public PublicPageCache(IChangeFeed changeFeed, IServiceProvider services, ILogger<PublicPageCache> logger)
    {
        // The store is looked up when first needed: it is made from the output-cache options, which hold this policy.
        _services = services;
        _logger = logger;
        foreach (var topic in ChangeTopics.All)
        {
            changeFeed.Subscribe(topic, Evict);
        }
    }

    /// <summary>Adds this policy under <see cref="Policy"/> and bounds the store.</summary>
    public void Register(OutputCacheOptions options)
    {
        options.AddPolicy(Policy, this);
        options.SizeLimit = SizeLimit;
        options.MaximumBodySize = MaximumBodySize;
    }

    /// <summary>Whether the request is for a page that carries this policy.</summary>
    public static bool IsPublicPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == Policy;

    /// <summary>Moves on with every change of what public pages show.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    private void Evict()
    {
        Interlocked.Increment(ref _generation);
        // Pages of older generations are unreachable already; evicting frees their memory.
        _ = EvictStoredAsync();
    }

    private async Task EvictStoredAsync()
    {
        try
        {
            await _services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, CancellationToken.None);
        }
        catch (Exception exception)
        {
            _logger.LogWarning(exception, "Evicting the public pages from the output cache failed; they expire on their own");
        }
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey("Authorization");
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (context.HttpContext.GetEndpoint() is { } endpoint)
        {
            foreach (var key in _queryKeys.GetOrAdd(endpoint, DeclaredQueryKeys))
            {
                context.CacheVaryByRules.VaryByValues["query:" + key.Name] = key.Read(request.Query);
            }
        }
        context.CacheVaryByRules.VaryByValues["generation"] = Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Tags.Add(Tag);
        context.ResponseExpirationTimeSpan = Lifetime;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only a page every reader gets alike: not an error, not one that sets a cookie or asks not to be kept.
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.Headers.CacheControl.Any(value => value is not null
                && (value.Contains("no-store", StringComparison.OrdinalIgnoreCase) || value.Contains("private", StringComparison.OrdinalIgnoreCase))))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>The query keys an action binds: its simple parameters not taken from the route.</summary>
    private static IReadOnlyList<QueryKey> DeclaredQueryKeys(Endpoint endpoint)
    {
        var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
        if (action is null)
        {
            return [];
        }
        var routeValues = (endpoint as RouteEndpoint)?.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            ?? [];
        return action.Parameters
            .Where(p => p.BindingInfo?.BindingSource is null || p.BindingInfo.BindingSource == BindingSource.Query)
            .Select(p => new QueryKey(p.BindingInfo?.BinderModelName ?? p.Name, Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(key => !routeValues.Contains(key.Name) && (key.Type == typeof(string) || key.Type == typeof(int)))
            .ToList();
    }

    private sealed record QueryKey(string Name, Type Type)
    {
        public string Read(IQueryCollection query)
        {
            // Model binding takes the first value; an int that does not parse binds as absent.
            var value = query[Name].FirstOrDefault();
            if (Type == typeof(int))
            {
                return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                    ? number.ToString(CultureInfo.InvariantCulture) : "";
            }
            return value is null ? "" : "=" + value;
        }
    }
}
