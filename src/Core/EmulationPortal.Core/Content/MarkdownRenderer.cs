using AngleSharp.Css.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EmulationPortal.Core.Content;

/// <summary>
/// Renders editors' Markdown for public pages. Raw HTML is never passed through, and links or
/// images whose address is not http, https or mailto become plain text, so a write-up cannot
/// carry script into the page. The HTML is then sanitised against an allow-list of what this
/// renderer emits, so a future hole in the Markdown side still cannot reach the page.
/// The output fits the Content-Security-Policy (<c>style-src 'self'; img-src 'self'</c>): table
/// columns are aligned by classes, not style attributes, and an image on another site becomes a
/// link to it (photos belong in the media store, and a reader's browser fetches nothing elsewhere).
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Use<RefusedLinksAsText>()
        .Build();

    // Configured once here and never changed afterwards: Sanitize is then safe from any thread.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown) => Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    /// <summary>The syntax tree this renderer makes its HTML from, so checks of a body see the headings, links and tables readers get.</summary>
    public static MarkdownDocument Parse(string? markdown) => Markdown.Parse(markdown ?? "", Pipeline);

    /// <summary>
    /// Keeps only what this renderer emits: its tags, its attributes, links to http, https, mailto, tel,
    /// relative and #fragment addresses, images from the web or the portal's own /media store.
    /// </summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    public static bool IsAllowed(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto);

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            // Exactly what the pipeline above emits: CommonMark blocks and inlines, emphasis extras, pipe tables.
            AllowedTags = Set("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                "ul", "ol", "li", "em", "strong", "del", "ins", "mark", "sub", "sup", "a", "img",
                "table", "thead", "tbody", "tr", "th", "td"),
            AllowedAttributes = Set("href", "title", "src", "alt", "start", "style"),
            // Pipe tables align their columns with a style attribute; nothing else may be styled.
            AllowedCssProperties = Set("text-align"),
            AllowedAtRules = new HashSet<CssRuleType>(),
            AllowedClasses = Set(),
            AllowedSchemes = Set("http", "https", "mailto", "tel"),
            UriAttributes = Set("href", "src"),
            AllowDataAttributes = false,
        });
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.LocalName == "img" && !IsImageSource(e.SanitizedUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element && element.GetAttribute("style") is { } style)
            {
                element.RemoveAttribute("style");
                if (AlignmentClass(style) is { } alignment)
                {
                    element.SetAttribute("class", alignment);
                }
            }
        };
        return sanitizer;
    }

    /// <summary>The class of the theme that aligns a table cell as its (already sanitised) style said.</summary>
    private static string? AlignmentClass(string style) =>
        style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
        {
            var s when s.Contains("text-align:center", StringComparison.Ordinal) => "align-center",
            var s when s.Contains("text-align:right", StringComparison.Ordinal) => "align-right",
            var s when s.Contains("text-align:left", StringComparison.Ordinal) => "align-left",
            _ => null,
        };

    /// <summary>Images come from the web (as the renderer allows) or from the portal's own media store.</summary>
    private static bool IsImageSource(string? url) =>
        url is not null
        && ((Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            || (url.StartsWith("/media/", StringComparison.Ordinal) && !url.Contains('\\')));

    private static HashSet<string> Set(params string[] values) => new(values, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Decides at rendering time, node by node, rather than by editing the syntax tree: Markdig's
    /// sibling links do not survive moving inlines around, and a walk over a tree edited that way
    /// skipped an autolink standing before a refused link.
    /// </summary>
    private sealed class RefusedLinksAsText : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            var renderers = ((HtmlRenderer)renderer).ObjectRenderers;
            renderers.ReplaceOrAdd<LinkInlineRenderer>(new CheckedLinkRenderer());
            renderers.ReplaceOrAdd<AutolinkInlineRenderer>(new CheckedAutolinkRenderer());
        }
    }

    /// <summary>A refused link keeps its text, a refused image its alt text; an image on the web becomes a link to it.</summary>
    private sealed class CheckedLinkRenderer : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (IsAllowed(url) && link.IsImage)
            {
                renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\">");
                renderer.WriteChildren(link);
                renderer.Write("</a>");
            }
            else if (IsAllowed(url))
            {
                base.Write(renderer, link);
            }
            else
            {
                renderer.WriteChildren(link);
            }
        }
    }

    private sealed class CheckedAutolinkRenderer : AutolinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            if (IsAllowed(link.IsEmail ? "mailto:" + link.Url : link.Url))
            {
                base.Write(renderer, link);
            }
            else
            {
                renderer.WriteEscape(link.Url);
            }
        }
    }
}
