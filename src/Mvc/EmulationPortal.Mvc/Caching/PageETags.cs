using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace EmulationPortal.Mvc.Caching;

/// <summary>
/// Gives every public page an ETag made from its bytes, tells browsers to check back each time
/// (<c>no-cache</c>: a publish shows at the next visit), and answers a request that already holds those
/// bytes with 304 Not Modified. Inside the output cache, the tag is stored with the page, and the cache
/// answers later conditional requests itself.
/// </summary>
public sealed class PageETags(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || !PublicPageCache.IsPublicPage(context))
        {
            await next(context);
            return;
        }
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && StringValues.IsNullOrEmpty(response.Headers.ETag))
        {
            buffer.Position = 0;
            // Weak: the same page may go out compressed or not.
            var tag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(buffer), 0, 16).TrimEnd('=')}\"", isWeak: true);
            response.Headers.ETag = tag.ToString();
            if (StringValues.IsNullOrEmpty(response.Headers.CacheControl))
            {
                response.Headers.CacheControl = "no-cache";
            }
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(held => held.Equals(EntityTagHeaderValue.Any) || held.Compare(tag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        buffer.Position = 0;
        if (buffer.Length > 0)
        {
            response.ContentLength ??= buffer.Length;
            await buffer.CopyToAsync(body, context.RequestAborted);
        }
    }
}
