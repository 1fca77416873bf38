using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EmulationPortal.TestSupport;

/// <summary>
/// Markdown written to smuggle script into a page, and a check of rendered HTML that knows nothing
/// of how it was produced: it parses the HTML as a browser would and looks at every element,
/// attribute and address.
/// </summary>
public static class HostileMarkdown
{
    public static readonly IReadOnlyList<string> Corpus =
    [
        // The reported hole: an autolink before a link the filter removes.
        "Xem <javascript://x/%0aalert(document.domain)> và [mục lục](#muc-luc)",
        "<javascript:alert(1)> [a](#x) [b](javascript:alert(2)) <JaVaScRiPt:alert(3)>",
        "[a](/x) <vbscript:msgbox(1)> ![b](/y) <javascript:alert(4)>",
        "<javascript:alert(1)>\n\n[a](#x)\n\n- <javascript:alert(2)> [b](#y)\n- [c](#z) <javascript:alert(3)>",
        // Reference links.
        "[x][r] và [y][s]\n\n[r]: javascript:alert(1)\n[s]: #muc-luc",
        "[x] <javascript:alert(1)>\n\n[x]: <javascript:alert(2)> \"tiêu đề\"",
        // Nested emphasis around links.
        "**_[x](javascript:alert(1))_** *<javascript:alert(2)>* ~~[y](/z)~~ ==<vbscript:x>== ^[z](#a)^",
        "***[**đậm** <javascript:alert(1)>](javascript:alert(2))***",
        "[![ảnh](javascript:alert(1))](javascript:alert(2)) [![ảnh](https://example.vn/a.jpg)](javascript:alert(3))",
        // Entity-encoded and disguised schemes.
        "[x](jav&#x61;script:alert(1)) [y](&#106;avascript:alert(2)) [z](javascript&colon;alert(3))",
        "<jav&#x61;script:alert(1)> [x](JAVASCRIPT&#58;alert(2)) [y](<javascript:alert(3)>) [z]( javascript:alert(4) )",
        "[x](java%0ascript:alert(1)) [y](&#x20;javascript:alert(2)) [z](\\javascript:alert(3))",
        // Other script-capable schemes.
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <data:text/html,<script>alert(1)</script>>",
        "[x](vbscript:msgbox(1)) [y](  VBScript:msgbox(2)) <vbscript:msgbox(3)> [z](file:///etc/passwd)",
        // Images.
        "![x](javascript:alert(1)) ![y](data:image/svg+xml,<svg onload=alert(1)>) ![z](vbscript:x)",
        "![x](https://example.vn/a.jpg\" onerror=\"alert(1)) ![y](https://example.vn/b.jpg 'a\" onerror=\"alert(2)')",
        // Attribute breaking through legitimate addresses.
        "[x](https://a.example/\" onmouseover=\"alert(1)) <https://a.example/?q=\"onmouseover=alert(2)> www.example.vn/\"onclick=alert(3)",
        "<a@b.vn?\"onmouseover=alert(1)> [x](mailto:a@b.vn\"onclick=alert(2))",
        // Tables.
        "| [a](javascript:alert(1)) | <img src=x onerror=alert(1)> |\n|:--|--:|\n| <svg onload=alert(1)> | <javascript:alert(2)> [b](#c) |",
        // Raw HTML blocks and inline HTML.
        "<script>alert(1)</script>",
        "<div onclick=\"alert(1)\">\n\n**x**\n\n</div>",
        "<iframe src=\"javascript:alert(1)\"></iframe>\n\n<iframe srcdoc=\"<script>alert(2)</script>\"></iframe>",
        "<svg onload=alert(1)>\n\n<svg><script>alert(2)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<p style=\"background:url(javascript:alert(1))\">x</p> <span style=\"x:expression(alert(2))\">y</span>",
        "chữ <b onmouseover=alert(1)>đậm</b> <a href=\"javascript:alert(2)\">x</a> <img src=x onerror=alert(3)>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(2)\"><form action=\"javascript:alert(3)\"><button>x</button></form>",
        "<base href=\"javascript:alert(1)//\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(2)\"><link rel=stylesheet href=\"javascript:alert(3)\">",
        "<!-- <script>alert(1)</script> --> <![CDATA[<script>alert(2)</script>]]> <style>*{background:url(javascript:alert(3))}</style>",
        "`<script>alert(1)</script>`\n\n```\n<script>alert(2)</script>\n```",
        "<details open ontoggle=alert(1)><summary>x</summary></details> <video><source onerror=alert(2)></video>",
    ];

    private static readonly HashSet<string> ScriptTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "base", "style",
        "meta", "link", "form", "input", "button", "textarea", "select", "video", "audio", "source", "details", "template",
    };

    private static readonly HashSet<string> SafeSchemes = new(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto", "tel" };

    /// <summary>The tags and attributes the Markdown renderer may emit, and nothing else.</summary>
    private static readonly HashSet<string> RenderedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "ul", "ol", "li", "em", "strong",
        "del", "ins", "mark", "sub", "sup", "a", "img", "table", "thead", "tbody", "tr", "th", "td",
    };

    /// <summary>No style attribute: the Content-Security-Policy would refuse it; tables align by the theme's classes.</summary>
    private static readonly HashSet<string> RenderedAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "title", "src", "alt", "start", "class" };

    private static readonly HashSet<string> RenderedClasses = new(StringComparer.Ordinal) { "align-left", "align-center", "align-right" };

    /// <summary>Rendered Markdown: only the renderer's own tags and attributes, nothing script-capable.</summary>
    public static void AssertSafeFragment(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        var body = document.Body!;
        foreach (var element in body.Descendants<IElement>())
        {
            Assert.True(RenderedTags.Contains(element.LocalName), $"<{element.LocalName}> in: {html}");
            foreach (var attribute in element.Attributes)
            {
                Assert.True(RenderedAttributes.Contains(attribute.Name), $"{attribute.Name} on <{element.LocalName}> in: {html}");
            }
            Assert.All(element.ClassList, name => Assert.True(RenderedClasses.Contains(name), $"class {name} on <{element.LocalName}> in: {html}"));
        }
        AssertNothingScriptCapable(body, html);
    }

    /// <summary>A whole page: the theme's own scripts are files of the site, JSON-LD is data; nothing else can run.</summary>
    public static void AssertSafePage(IDocument page, string what)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/ld+json" && !script.HasAttribute("src"))
            {
                // A data block browsers never run; it must still be whole JSON, so typed text did not break out of it.
                using var _ = System.Text.Json.JsonDocument.Parse(script.TextContent);
                continue;
            }
            var source = script.GetAttribute("src");
            Assert.True(source is not null && source.StartsWith('/') && !source.StartsWith("//", StringComparison.Ordinal) && script.TextContent.Trim().Length == 0,
                $"a script other than the theme's files on {what}: {script.OuterHtml}");
        }
        foreach (var body in page.QuerySelectorAll(".body"))
        {
            AssertNothingScriptCapable(body, what);
            Assert.Empty(body.QuerySelectorAll("script, form, input, button"));
        }
        foreach (var element in page.All)
        {
            AssertAttributesSafe(element, what);
        }
    }

    private static void AssertNothingScriptCapable(IElement root, string what)
    {
        foreach (var element in root.Descendants<IElement>())
        {
            Assert.False(ScriptTags.Contains(element.LocalName), $"<{element.LocalName}> in: {what}");
            AssertAttributesSafe(element, what);
        }
    }

    private static void AssertAttributesSafe(IElement element, string what)
    {
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.LocalName;
            Assert.False(name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name} on <{element.LocalName}> in: {what}");
            Assert.False(name is "srcdoc" or "formaction" or "xmlns", $"{name} on <{element.LocalName}> in: {what}");
            if (name == "style")
            {
                var style = attribute.Value.ToLowerInvariant();
                Assert.False(style.Contains("url(") || style.Contains("expression") || style.Contains("script") || style.Contains('\\'),
                    $"style \"{attribute.Value}\" in: {what}");
            }
            if (name is "href" or "src" or "action" or "data" or "poster" or "background" or "cite" or "srcset")
            {
                var scheme = SchemeOf(attribute.Value);
                Assert.True(scheme is null || SafeSchemes.Contains(scheme), $"{name}=\"{attribute.Value}\" on <{element.LocalName}> in: {what}");
            }
        }
    }

    /// <summary>The scheme a browser would see: it drops whitespace and control characters before the colon.</summary>
    private static string? SchemeOf(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }
        var beforeColon = compact[..colon];
        // A colon after a slash, ? or # belongs to the path or query of a relative address.
        return beforeColon.IndexOfAny(['/', '?', '#']) >= 0 ? null : beforeColon;
    }
}
